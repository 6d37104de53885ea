"""§2K1.4 (Arson; Property Damage by Use of Explosives) in the Chapter Two registry
(tables/arson.toml).

Nov. 1, 1987 - Oct. 31, 1990: (a) 6; (b)(1)-(6), the greatest (+18 knowingly created a
substantial risk, +14 recklessly endangered, +12 a residence, +7 § 844(h), +4 endangered, +2 a
destructive device; from Nov. 1, 1989 (d)(1): (b)(4) only for an offense committed before Nov.
18, 1988); (c)(1) the most analogous Part A guideline and (c)(2) §2B1.3, each if greater.
From Nov. 1, 1990 (Amendment 330): (a) the greatest of 24, 20, (2007) 16 and "2 plus the
offense level from" §2B1.3 (§2B1.1 from Nov. 1, 2001; 1990-2001 also §2F1.1 for a scheme to
defraud); (b)(1) concealing another offense +2; (b)(2) (1998) a national cemetery +2 unless (a)
is the "2 plus" subdivision; (c)(1) the most analogous Part A guideline if greater.

The other guidelines' levels are computed through the registry from tables nested in
[offense.arson]; a Part A guideline ussg does not compute is given as a level. Where two
subdivisions of (a) give the same greatest level, the first in the Manual's order is the one
the base offense level is "determined under" (for (b)(2)).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import adopt_if_greater, apply_paragraph
from ussg.guidelines.manual.ch2.s2k1_4.facts import PART_A_FACTS, ArsonFacts

CH = "chapter_two"
TABLE = "arson"
SECTION = "§2K1.4"
BASE = "Base offense level"

FIELDS_1987 = ("knowingly_created_risk", "recklessly_endangered", "residence_destroyed",
               "fire_or_explosive_in_felony", "endangered_another", "destructive_device_used",
               "defendant_caused_death", "intended_bodily_injury")
FIELDS_1990 = ("substantial_risk", "destroyed", "endangered", "aids_to_maritime_navigation",
               "scheme_to_defraud", "concealed_another_offense", "national_cemetery",
               "death_resulted", "intended_death_or_serious_bodily_injury")
#: the nested facts table of each guideline a "2 plus" or (c)(2) applies
PROPERTY_FACTS = {"2B1.3": "property_damage", "2B1.1": "theft_fraud", "2F1.1": "scheme_to_defraud"}


def _stated(facts: ArsonFacts, name: str) -> bool:
    return getattr(facts, name) not in (None, False)


def _old(version: Version) -> bool:
    return version.get("base_level") is not None


def _property_guidelines(version: Version) -> list[str]:
    if _old(version):
        return [version["property_cross_reference"]["guideline"]]
    return [a["guideline"] for a in version["alternatives"] if a.get("guideline")]


def _check_edition(sheet: Worksheet, version: Version, given: registry.ChapterTwoCase) -> None:
    """Refuse a fact the edition in force does not have; require the property facts its "2
    plus" (or 1987-1990 (c)(2)) needs; refuse a nested cross reference back to §2K1.4."""
    facts: ArsonFacts = given.facts
    field = given.facts_field
    when = format_date(sheet.manual.in_force)
    where = f"{SECTION} in the Guidelines Manual in force on {when} ({version['citation']})"
    if _old(version):
        for name in FIELDS_1990:
            if _stated(facts, name):
                raise CaseError(f"{field}.{name}", f"{where} has no such finding: its (a) is "
                                f"“{version['base_text']}” with (b)(1)-(6) and (c) of 1987-1990 "
                                f"(knowingly_created_risk ... intended_bodily_injury); Amendment "
                                f"330 replaced the guideline on Nov. 1, 1990")
    else:
        for name in FIELDS_1987:
            if _stated(facts, name):
                raise CaseError(f"{field}.{name}", f"{where} has no such finding: it is the "
                                f"guideline of (a) “{version['base_text']}” (Amendment 330, "
                                f"Nov. 1, 1990); the characteristics (b)(1)-(6) of 1987-1990 "
                                f"were deleted")
        alternatives = version["alternatives"]
        if facts.aids_to_maritime_navigation and not any(
                a.get("maritime_navigation") for a in alternatives):
            raise CaseError(f"{field}.aids_to_maritime_navigation", f"{where} has no "
                            f"subdivision for aids to maritime navigation (Amendment 700 added "
                            f"(a)(3) on Nov. 1, 2007)")
        if facts.national_cemetery and version.get("national_cemetery") is None:
            raise CaseError(f"{field}.national_cemetery", f"{where} has no (b)(2) (Amendment "
                            f"576 added the national cemetery on Nov. 1, 1998)")
        for name, clause in (("destroyed", "(B)"), ("endangered", "(C)")):
            value = getattr(facts, name)
            if value is not None and not any(value in a.get(name, []) for a in alternatives):
                texts = " ".join(f"{a['paragraph']} “{a['text']}”" for a in alternatives
                                 if a.get("level") in (24, 20))
                raise CaseError(f"{field}.{name}", f"{value!r}: {where} names no such property "
                                f"in {clause} of (a)(1) or (a)(2): {texts}")
    guidelines = _property_guidelines(version)
    for section, name in PROPERTY_FACTS.items():
        if getattr(facts, name) is not None and section not in guidelines:
            raise CaseError(f"{field}.{name}", f"{where} does not apply §{section}: it applies "
                            f"§{', §'.join(guidelines)}")
    needed = next(s for s in guidelines if s != "2F1.1")
    if getattr(facts, PROPERTY_FACTS[needed]) is None:
        paragraph = (version["property_cross_reference"] if _old(version) else next(
            a for a in version["alternatives"] if a.get("guideline") == needed))
        raise CaseError(f"{field}.{PROPERTY_FACTS[needed]}",
                        f"{where} {paragraph['paragraph']} “{paragraph['text']}”: give "
                        f"[{field}.{PROPERTY_FACTS[needed]}], the §{needed} facts")
    damage = facts.property_damage
    back = next((name for name in ("arson_or_explosives_offense_level", "arson")
                 if damage is not None and getattr(damage, name) is not None), None)
    if back is not None:
        raise CaseError(f"{field}.property_damage.{back}",
                        "§2B1.3(c)(1)'s “apply §2K1.4” is this guideline: leave it out of the "
                        "§2B1.3 facts §2K1.4 reads")
    theft = facts.theft_fraud
    if theft is not None and theft.cross_reference is not None \
            and theft.cross_reference.ground == "arson_or_explosive_damage":
        raise CaseError(f"{field}.theft_fraud.cross_reference",
                        "§2B1.1's cross reference to §2K1.4 is this guideline: leave it out of "
                        "the §2B1.1 facts §2K1.4 reads")


def _other_level(sheet: Worksheet, given: registry.ChapterTwoCase,
                 section: str, name: str) -> tuple[int, list]:
    """The offense level under ``section`` from the facts nested at ``name``."""
    at = f"{given.facts_field}.{name}"
    return registry.offense_level_under(
        sheet, section, given.under(section, getattr(given.facts, name), at))


def _met(alternative: dict, facts: ArsonFacts) -> str | None:
    """The clauses of a fixed-level subdivision the findings meet, in words, or None."""
    met = []
    if alternative.get("risk") and facts.substantial_risk == alternative["risk"]:
        met.append(f"(A) substantial_risk = \"{facts.substantial_risk}\"")
    if facts.destroyed in alternative.get("destroyed", []):
        met.append(f"(B) destroyed = \"{facts.destroyed}\"")
    if facts.endangered in alternative.get("endangered", []):
        met.append(f"(C) endangered = \"{facts.endangered}\"")
    if alternative.get("maritime_navigation") and facts.aids_to_maritime_navigation:
        met.append("aids_to_maritime_navigation = true")
    return "; ".join(met) or None


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.4(a): 6 (1987-1990), or the greatest of its subdivisions (from 1990)."""
    version = sheet.manual.table(TABLE)
    _check_edition(sheet, version, given)
    source = sheet.note_version(version)
    if _old(version):
        sheet.set_level(CH, f"{SECTION}(a)", BASE, given.offense.description or
                        "arson; property damage by use of explosives", version["base_level"],
                        f"“{version['base_text']}”", source)
        return
    facts: ArsonFacts = given.facts
    candidates = []  # (level, paragraph, input, reason, steps)
    for alternative in version["alternatives"]:
        paragraph, text = alternative["paragraph"], alternative["text"]
        if alternative.get("level") is not None:
            met = _met(alternative, facts)
            if met:
                candidates.append((alternative["level"], paragraph, met, f"“{text}”", []))
            continue
        if alternative.get("scheme_to_defraud") and facts.scheme_to_defraud is None:
            continue
        section = alternative["guideline"]
        level, steps = _other_level(sheet, given, section, PROPERTY_FACTS[section])
        total = alternative["plus"] + level
        candidates.append((total, paragraph, f"§{section}: level {level}; "
                           f"{alternative['plus']} plus {level} = {total}", f"“{text}”", steps))
    best = max(c[0] for c in candidates)
    chosen = next(c for c in candidates if c[0] == best)
    level, paragraph, words, reason, steps = chosen
    sheet.steps.extend(steps)
    sheet.set_level(CH, f"{SECTION}{paragraph}", BASE, words, level,
                    f"the greatest of (a) (“{version['base_text']}”): {reason}", source)
    for level, paragraph, words, _, _ in candidates:
        if (level, paragraph) != chosen[:2]:
            sheet.note(CH, f"{SECTION}{paragraph}", "Base offense level: not the greatest",
                       words, "not applied", f"level {level}; “{version['base_text']}” "
                       f"{SECTION}{chosen[1]} gives {best}", source)


def _determined_under(sheet: Worksheet) -> str:
    """The subdivision of (a) the base offense level was set under (its step's section)."""
    step = next(s for s in reversed(sheet.steps)
                if s.title == BASE and s.section.startswith(SECTION))
    return step.section[len(SECTION):]


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.4(b): 1987-1990 the greatest of (b)(1)-(6); from 1990 (b)(1) and (1998) (b)(2)."""
    facts: ArsonFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if not _old(version):
        apply_paragraph(sheet, version, SECTION, "Committed to conceal another offense",
                        version["conceal"], facts.concealed_another_offense,
                        "concealed_another_offense = true")
        cemetery = version.get("national_cemetery")
        if cemetery is None or not facts.national_cemetery:
            return
        under = _determined_under(sheet)
        if under == cemetery["not_under"]:
            sheet.note(CH, f"{SECTION}{cemetery['paragraph']}", "National cemetery",
                       "national_cemetery = true", "not applied", f"the base offense level is "
                       f"determined under {under}: “{cemetery['text']}”", source)
            return
        apply_paragraph(sheet, version, SECTION, "National cemetery", cemetery, True,
                        "national_cemetery = true")
        return
    found = [c for c in version["characteristics_1987"] if getattr(facts, c["key"])]
    note = version.get("note_844h")
    if note is not None and facts.fire_or_explosive_in_felony:
        committed = given.case.offense_date
        if committed is None:
            raise CaseError("offense_date", f"{SECTION}{note['paragraph']} “{note['text']}”: "
                            f"give offense_date (fire_or_explosive_in_felony = true)")
        if committed >= note["before"]:
            sheet.note(CH, f"{SECTION}{note['paragraph']}", "Fire or explosive in a felony "
                       "(18 U.S.C. § 844(h))", f"offense_date = {committed.isoformat()}",
                       "not applied", f"“{note['text']}”", source)
            found = [c for c in found if c["key"] != "fire_or_explosive_in_felony"]
    if not found:
        return
    greatest = max(found, key=lambda c: c["levels"])
    words = ", ".join(f"{c['key']} = true ({c['paragraph']}, +{c['levels']})" for c in found)
    sheet.adjust(CH, f"{SECTION}{greatest['paragraph']}", "Specific offense characteristic "
                 "(the greatest)", words, greatest["levels"],
                 f"“{version['greatest_text']}” “{greatest['text']}”", source)


def _part_a_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> tuple[int, list, str]:
    facts: ArsonFacts = given.facts
    section = facts.part_a_guideline
    if section == "other":
        assert facts.part_a_offense_level is not None
        return facts.part_a_offense_level, [], (f"the most analogous Part A guideline: level "
                                                f"{facts.part_a_offense_level}, as determined")
    name = PART_A_FACTS.get(section)
    if name is None:
        level, steps = registry.offense_level_under(sheet, section, given.under(section))
    else:
        level, steps = _other_level(sheet, given, section, name)
    return level, steps, f"§{section}: level {level}"


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.4(c)(1) (and 1987-1990 (c)(2)), each if the resulting level is greater."""
    facts: ArsonFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    part_a = version["part_a"]
    if facts.part_a_guideline is not None:
        grounds = [n for n in ("death_resulted", "intended_death_or_serious_bodily_injury",
                               "defendant_caused_death", "intended_bodily_injury")
                   if getattr(facts, n)]
        level, steps, words = _part_a_level(sheet, given)
        adopt_if_greater(sheet, f"{SECTION}{part_a['paragraph']}", "Cross reference: Chapter "
                         "Two, Part A", f"{' and '.join(g + ' = true' for g in grounds)}; "
                         f"{words}", level, steps, part_a["text"], source, only_if_greater=True)
    if _old(version):
        reference = version["property_cross_reference"]
        level, steps = _other_level(sheet, given, reference["guideline"], "property_damage")
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}", "Cross reference: "
                         "§2B1.3", f"§2B1.3: level {level}", level, steps, reference["text"],
                         source, only_if_greater=True)
