"""§2P1.2 (Providing or Possessing Contraband in Prison) in the Chapter Two registry, as it
stood in each edition from Nov. 1, 1987.

2025 text (GLM2025_fulltext.txt lines 16066-16104): "(a) Base Offense Level: (1) 23, if the
object was a firearm or destructive device. (2) 13, if the object was a weapon (other than a
firearm or a destructive device), any object that might be used as a weapon or as a means
of facilitating escape, ammunition, LSD, PCP, methamphetamine, or a narcotic drug. (3) 6, if
the object was an alcoholic beverage, United States or foreign currency, a mobile phone or
similar device, or a controlled substance (other than LSD, PCP, methamphetamine, or a
narcotic drug). (4) 4, if the object was any other object that threatened the order,
discipline, or security of the institution or the life, health, or safety of an individual.
(b)(1) If the defendant was a law enforcement or correctional officer or employee, or an
employee of the Department of Justice, at the time of the offense, increase by 2 levels.
(c)(1) If the object of the offense was the distribution of a controlled substance, apply
the offense level from §2D1.1 ... Provided, that if the defendant is convicted under 18
U.S.C. § 1791(a)(1) and is punishable under 18 U.S.C. § 1791(b)(1), and the resulting
offense level is less than level 26, increase to level 26."

(c)(1) applies the §2D1.1 level outright (not "if greater"); Nov. 1, 1989 - Oct. 31, 1995
(Amendment 203) it was "2 plus the offense level from §2D1.1, but in no event less than level
26" for a § 1791(a)(1) conviction punishable under § 1791(b)(1). Each edition's words, and
which objects each option names then: tables/prison_contraband.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (adopt_if_greater,
                                                               officer_or_employee)
from ussg.guidelines.manual.ch2.part_d_levels import drugs_case, refuse_unread_drug_facts

SECTION = "§2P1.2"
TABLE = "prison_contraband"
CH = "chapter_two"
STATUTE = ("convicted_under_1791_a_1", "punishable_under_1791_b_1")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2P1.2(a): the option whose words name the object in the edition applied; an object
    no option of the edition names (a mobile phone before Amendment 769) is an error."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    stated = given.facts.object
    field = f"{given.facts_field}.object"
    if stated in version.get("unplaced", {}):
        raise CaseError(field, f"{SECTION} as it stood on {format_date(sheet.manual.in_force)}: "
                               f"{version['unplaced'][stated]}")
    option = next((o for o in version["base_levels"] if stated in o["objects"]), None)
    if option is None:  # the facts model and every version list the same objects
        raise CaseError(field, f"{SECTION}(a) as it stood on "
                               f"{format_date(sheet.manual.in_force)} does not name {stated!r}")
    sheet.set_level(CH, f"{SECTION}{option['paragraph']}", "Base offense level",
                    f"object = \"{stated}\"", option["level"], f"“{option['text']}”",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2P1.2(b)(1), +2, where the edition's words reach what the defendant was; with it,
    §3B1.3 is refused (the note: "If the adjustment in §2P1.2(b)(1) applies, no adjustment
    is to be made under §3B1.3")."""
    officer_or_employee(sheet, given, sheet.manual.table(TABLE), SECTION)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2P1.2(c)(1), as the edition has it (none before Nov. 1, 1989)."""
    version = sheet.manual.table(TABLE)
    reference = version.get("cross_reference")
    if reference is None:
        _drugs_not_read(sheet, given, "it has no cross reference")
        return
    if reference["kind"] == "section_1791_b_1":
        _two_plus_section_2d1_1(sheet, given, version, reference)
    else:
        _distribution(sheet, given, version, reference)


def _statute_found(given: registry.ChapterTwoCase) -> tuple[bool, str]:
    """Whether both § 1791 findings are made, and the words of those stated."""
    facts = given.facts
    stated = [name for name in STATUTE if getattr(facts, name)]
    return len(stated) == len(STATUTE), ", ".join(f"{name} = true" for name in stated)


def _two_plus_section_2d1_1(sheet: Worksheet, given: registry.ChapterTwoCase,
                            version: Version, reference: dict) -> None:
    """Nov. 1, 1989 - Oct. 31, 1995 (Amendment 203): "If the defendant is convicted under 18
    U.S.C. § 1791(a)(1) and is punishable under 18 U.S.C. § 1791(b)(1), the offense level is
    2 plus the offense level from §2D1.1, but in no event less than level 26." The level so
    found replaces (a) and (b)'s."""
    section = f"{SECTION}{reference['paragraph']}"
    source = sheet.note_version(version)
    both, words = _statute_found(given)
    if not both:
        if words:
            sheet.note(CH, section, "Cross reference to §2D1.1", words, "not applied",
                       f"both findings are needed: “{reference['text']}”", source)
        _drugs_not_read(sheet, given, f"its {reference['paragraph']} applies only to a "
                                      f"defendant convicted under 18 U.S.C. § 1791(a)(1) and "
                                      f"punishable under § 1791(b)(1)")
        return
    _need_drugs(given, section, reference["text"])
    level, steps = registry.offense_level_under(sheet, "2D1.1", drugs_case(given))
    plus = level + reference["plus"]
    result = max(plus, reference["at_least"])
    input = f"{words}; {reference['plus']} plus the §2D1.1 level {level} = {plus}"
    if result != plus:
        input += f", less than {reference['at_least']}: {result}"
    adopt_if_greater(sheet, section, "Cross reference to §2D1.1", input, result, steps,
                     reference["text"], source, only_if_greater=False)


def _distribution(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                  reference: dict) -> None:
    """From Nov. 1, 1995 (Amendment 525): "If the object of the offense was the distribution
    of a controlled substance, apply the offense level from §2D1.1 ..." (outright: the §2D1.1
    level, computed in full from the count's drug facts, replaces (a) and (b)'s), then the
    proviso: a § 1791(a)(1) conviction punishable under § 1791(b)(1) below level 26 is raised
    to 26."""
    section = f"{SECTION}{reference['paragraph']}"
    source = sheet.note_version(version)
    both, words = _statute_found(given)
    words_c, _, proviso = reference["text"].partition(" Provided, that ")
    proviso = f"Provided, that {proviso}"
    if not given.facts.object_was_distribution:
        if words:
            sheet.note(CH, section, "Cross reference to §2D1.1 (proviso)", words,
                       "not applied", f"the object of the offense was not the distribution "
                       f"of a controlled substance (object_was_distribution), so (c)(1) and "
                       f"its proviso do not apply: “{words_c}”", source)
        _drugs_not_read(sheet, given, f"its {reference['paragraph']} applies only where the "
                                      f"object of the offense was the distribution of a "
                                      f"controlled substance (object_was_distribution)")
        return
    _need_drugs(given, section, words_c)
    _prison_distribution_stated(sheet, given, section)
    level, steps = registry.offense_level_under(sheet, "2D1.1", drugs_case(given))
    adopt_if_greater(sheet, section, "Cross reference to §2D1.1",
                     f"object_was_distribution = true; §2D1.1 level {level}", level, steps,
                     words_c, source, only_if_greater=False)
    if not words:
        return
    at_least = reference["at_least"]
    if both and level < at_least:
        sheet.move_to(CH, f"{section} (proviso)", "Minimum level under §2P1.2(c)(1)",
                      f"{words}; level {level}", at_least, f"“{proviso}”", source)
        return
    why = (f"level {level} is not less than {at_least}" if both
           else "both findings are needed")
    sheet.note(CH, f"{section} (proviso)", "Minimum level under §2P1.2(c)(1)", words,
               "not applied", f"{why}: “{proviso}”", source)


def _need_drugs(given: registry.ChapterTwoCase, section: str, words: str) -> None:
    """The §2D1.1 level needs the controlled substance: ``[offense] drugs`` (or §2D1.1's
    base offense level as found)."""
    if not given.offense.drugs and given.offense.base_offense_level is None:
        raise CaseError(f"{given.field}.drugs", f"{section}: “{words}” — give the controlled "
                                                f"substance as [[offense.drugs]] with its "
                                                f"quantity")


def _prison_distribution_stated(sheet: Worksheet, given: registry.ChapterTwoCase,
                                section: str) -> None:
    """§2D1.1 applied in full (§1B1.5(b)(1)) has, from Nov. 1, 1995 (Amendment 514), its own
    characteristic for "the distribution of a controlled substance in a prison, correctional
    facility, or detention facility": the case must say how the court found it
    (``prison_distribution``), never left to a default."""
    prison = sheet.manual.table("drug_prison")
    if not prison.get("exists", True) or "prison_distribution" in given.offense.model_fields_set:
        return
    raise CaseError(f"{given.field}.prison_distribution",
                    f"{section} applies §2D1.1, whose {prison['paragraph']} reads “"
                    f"{prison['text']}”: state prison_distribution = true or false as found")


def _drugs_not_read(sheet: Worksheet, given: registry.ChapterTwoCase, why: str) -> None:
    """Drug facts the edition's §2P1.2 does not read would be silently unused: refused."""
    reason = f"§2P1.2 as it stood on {format_date(sheet.manual.in_force)} reads the drugs " \
             f"only for the §2D1.1 level of its cross reference, and {why}"
    if given.offense.drugs:
        raise CaseError(f"{given.field}.drugs", f"{reason}: leave them out")
    refuse_unread_drug_facts(given, reason)


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A finding the edition's §2P1.2 does not ask (no (c) before Nov. 1, 1989; no
    distribution before Nov. 1, 1995) is an error naming the key."""
    reference = version.get("cross_reference")
    asked = {"object", "defendant_was"}
    if reference is not None:
        asked |= set(STATUTE)
        if reference["kind"] == "distribution":
            asked.add("object_was_distribution")
    for key in sorted(given.facts.model_fields_set - asked):
        has = (f"its (c)(1) reads “{reference['text']}”" if reference is not None
               else "it has no subsection (c)")
        raise CaseError(f"{given.facts_field}.{key}",
                        f"{SECTION} as it stood on {format_date(sheet.manual.in_force)} has no "
                        f"such fact ({has})")
