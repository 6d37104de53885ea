"""§2D1.3 in the Chapter Two registry (Nov. 1, 1987 - Oct. 31, 1989; deleted by Amendment 135).

"(a) Base Offense Level: (1) Level from §2D1.1, corresponding to double the drug amount
involved, but in no event less than level 13, for distributing a controlled substance to a
pregnant woman; (2)(A) [the same] for distributing a controlled substance other than five
grams or less of marihuana to an individual under the age of twenty-one years; or (B) [the
same] for distributing or manufacturing a controlled substance other than five grams or less
of marihuana within 1000 feet of a schoolyard." Application Note 1 (Amendment 23, Jan. 15,
1988): (a)(1) with (a)(2) on a single distribution, "four times rather than two times the
amount distributed"; "only one of the enhancements in §2D1.3(a)(2) shall apply". Note 2: the
amounts as the Commentary to §2D1.2 says (multiplied "before totalling"); Note 3: the level
from §2D1.1 "includes the base offense level plus the specific offense characteristic
dealing with a weapon". The options of each text are in
tables/drug_distribution_protected_1987.toml. §2D1.3 has no specific offense characteristic.
"""

from __future__ import annotations

from decimal import Decimal

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.quantity import parse_quantity
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import drugs_case
from ussg.guidelines.manual.ch2.s2d1_2.offense_level import directly_involved

SECTION = "2D1.3"
TABLE = "drug_distribution_protected_1987"
MARIHUANA = {"marihuana", "marijuana"}
#: other names of cannabis products: whether they are "marihuana" for (a)(2)'s exception is
#: not decided here (refused rather than guessed)
CANNABIS_WORDS = ("marihuana", "marijuana", "hashish", "cannabis", "thc")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.3(a): the §2D1.1 level (with its weapon characteristic) of double the amount
    involved (four times for (a)(1) with (a)(2) from Jan. 15, 1988), at least 13."""
    version = sheet.manual.table(TABLE)
    facts, where = given.facts, given.facts_field
    when = format_date(sheet.manual.in_force)
    found = [o for o in version["options"]
             if facts is not None and getattr(facts, o["requires"])]
    if not found:
        raise CaseError(where, f"§2D1.3(a) as it stood on {when} applies "
                               f"“for distributing a controlled substance to a pregnant "
                               f"woman” or to an individual under twenty-one or within 1000 "
                               f"feet of a schoolyard: give pregnant_woman, under_twenty_one "
                               f"or within_1000_feet_of_school")
    subsection_2 = [o for o in found if o["paragraph"].startswith("(a)(2)")]
    if len(subsection_2) > 1:
        raise CaseError(f"{where}.{subsection_2[1]['requires']}",
                        "§2D1.3, Application Note 1: “only one of the enhancements in "
                        "§2D1.3(a)(2) shall apply in a given case” — give under_twenty_one "
                        "or within_1000_feet_of_school, not both")
    if not given.offense.drugs:
        raise CaseError(f"{given.field}.drugs", f"§2D1.3{found[0]['paragraph']}: "
                                                f"“{found[0]['text']}” — give the drugs and "
                                                f"quantities ([[offense.drugs]])")
    involved, words = directly_involved(given)
    excepted = [o for o in subsection_2 if _marihuana_excepted(o, involved, where)]
    applied = [o for o in found if o not in excepted]
    if not applied:
        option = excepted[0]
        raise CaseError(f"{where}.{option['requires']}",
                        f"§2D1.3{option['paragraph']} applies to “a controlled substance "
                        f"other than five grams or less of marihuana”: the amount involved "
                        f"is {option['except_marihuana_grams']} grams or less of marihuana, "
                        f"and no other option of §2D1.3(a) is found")
    if len(applied) > 1:
        times = version.get("cumulative_times")
        if times is None:
            raise CaseError(f"{where}.{applied[1]['requires']}",
                            f"§2D1.3(a)(1) with {applied[1]['paragraph']}: Application Note "
                            f"1 as it stood on {when} reads “{version['note_1']}” — it gives "
                            f"no rule for the amount (the “four times” rule is Amendment "
                            f"23's, Jan. 15, 1988): not computed")
        reason = (f"Application Note 1: “{version['note_1']}”")
    else:
        times = applied[0]["times"]
        reason = f"“{applied[0]['text']}”"
    paragraphs = " and ".join(o["paragraph"] for o in applied)
    drugs = [*given.offense.drugs, *involved.offense.drugs * (times - 1)]
    level, steps = registry.offense_level_under(sheet, "2D1.1", drugs_case(given, drugs))
    floor = max(o["at_least"] for o in applied)
    sheet.steps.extend(steps)
    sheet.set_level("chapter_two", f"§2D1.3{paragraphs}", "Base offense level",
                    f"{', '.join(o['requires'] for o in applied)}: §2D1.1 level {level} of "
                    f"{times} times the amount involved ({words})", max(level, floor),
                    reason + (f": not less than {floor}" if floor > level else ""),
                    sheet.note_version(version))


def _marihuana_excepted(option: dict, involved: registry.ChapterTwoCase, where: str) -> bool:
    """(a)(2): "a controlled substance other than five grams or less of marihuana": whether
    the amount involved is only marihuana, ``except_marihuana_grams`` grams or less (exact
    quantities; a cannabis product named otherwise, or a quantity found as a range that
    straddles the line, is refused rather than guessed)."""
    limit = option.get("except_marihuana_grams")
    if limit is None:
        return False
    drugs = involved.offense.drugs
    names = [" ".join(d.substance.casefold().split()) for d in drugs]
    if any(n not in MARIHUANA and not any(w in n for w in CANNABIS_WORDS) for n in names):
        return False  # a controlled substance other than marihuana
    field = f"{where}.{option['requires']}"
    for name in names:
        if name not in MARIHUANA:
            raise CaseError(field, f"§2D1.3{option['paragraph']}: whether {name!r} is "
                                   f"“marihuana” for “other than five grams or less of "
                                   f"marihuana” is not decided by ussg: give the substance as "
                                   f"marihuana or another controlled substance")
    total = Decimal(0)
    for drug in drugs:
        if drug.quantity is not None:
            amount = parse_quantity(drug.quantity)
        elif drug.quantity_at_least is not None:
            amount = parse_quantity(drug.quantity_at_least)
            if amount.dimension == "mass" and amount.amount > limit:
                return False
            amount = None
        else:
            amount = None
        if amount is None or amount.dimension != "mass":
            raise CaseError(field, f"§2D1.3{option['paragraph']}: “other than five grams or "
                                   f"less of marihuana” needs the exact weight of the "
                                   f"marihuana involved (quantity = \"... g\")")
        total += amount.amount
    return total <= limit


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.3 has none (the §2D1.1(b)(1) weapon is part of "the level from §2D1.1")."""
