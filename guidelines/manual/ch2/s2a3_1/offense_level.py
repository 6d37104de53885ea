"""§2A3.1 (Criminal Sexual Abuse; Attempt to Commit Criminal Sexual Abuse) in the Chapter Two
registry: (a) the base offense level, (b) the specific offense characteristics, (c) the cross
references and (d) the special instruction, as the edition applied has them
(tables/criminal_sexual_abuse.toml).

§2A3.1(a) (2025): "(1) 38, if the defendant was convicted under 18 U.S.C. § 2241(c); or (2)
30, otherwise." (b)(2): "If subsection (a)(2) applies and (A) the victim had not attained the
age of twelve years, increase by 4 levels; or (B) ... twelve years but had not attained the
age of sixteen years, increase by 2 levels."
"""

from __future__ import annotations

from ussg.guidelines.case.facts import OfficialVictim
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, apply_kinds, apply_paragraph, base_level_by_finding,
    murder_cross_reference, refuse_clause_not_in_edition, refuse_finding_of_a_single_level,
    refuse_paragraphs_not_in_edition, section_3b1_3_stated, set_base_level_by_finding)
from ussg.guidelines.manual.ch2.s2a3_1.facts import CriminalSexualAbuseFacts

TABLE = "criminal_sexual_abuse"
SECTION = "§2A3.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.1(a): 38 for a § 2241(c) conviction, 30 otherwise (a single 30 from Nov. 1,
    2004, 27 before)."""
    facts: CriminalSexualAbuseFacts = given.facts
    version = sheet.manual.table(TABLE)
    _facts_in_edition(sheet, version, facts, given.facts_field)
    set_base_level_by_finding(sheet, version, SECTION,
                              "Base offense level (criminal sexual abuse)",
                              "convicted_under_2241c", facts.convicted_under_2241c, "2241c",
                              given.offense.description or "criminal sexual abuse")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.1(b)(1)-(6), in order."""
    facts: CriminalSexualAbuseFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    base = base_level_by_finding(version, facts.convicted_under_2241c, "2241c")["paragraph"]
    _means(sheet, version, facts)
    _victim_age(sheet, version, facts, base)
    apply_kinds(sheet, version, SECTION, "custody", "Victim in custody, care, or supervisory "
                "control, or held in a correctional facility", list(facts.victim_custody),
                f"{field}.victim_custody")
    _custody_without_section_3b1_3(version, given, facts)
    _injury(sheet, version, facts, field)
    apply_paragraph(sheet, version, SECTION, "Victim abducted", version["abduction"],
                    facts.abducted, "abducted = true")
    apply_kinds(sheet, version, SECTION, "minor_enticement", "Misrepresentation of identity "
                "or use of a computer to entice a minor", list(facts.minor_enticement),
                f"{field}.minor_enticement")


def _means(sheet: Worksheet, version: Version, facts: CriminalSexualAbuseFacts) -> None:
    """(b)(1); from Nov. 1, 2007 not applied where the § 2241(c) conviction rests on that
    conduct (comment. (n.2(B)))."""
    if not facts.conduct_described_in_2241a_or_b:
        return
    note = version.get("means_note")
    if note is not None and facts.conviction_2241c_based_on_2241a_or_b:
        sheet.note("chapter_two", f"{SECTION}{version['means']['paragraph']}",
                   "Conduct described in 18 U.S.C. § 2241(a) or (b)",
                   "conduct_described_in_2241a_or_b = true, "
                   "conviction_2241c_based_on_2241a_or_b = true", "not applied",
                   f"{SECTION}{note['paragraph']}: “{note['text']}”",
                   sheet.note_version(version))
        return
    apply_paragraph(sheet, version, SECTION, "Conduct described in 18 U.S.C. § 2241(a) or (b)",
                    version["means"], True, "conduct_described_in_2241a_or_b = true")


def _custody_without_section_3b1_3(version: Version, given: registry.ChapterTwoCase,
                                   facts: CriminalSexualAbuseFacts) -> None:
    """Comment. (n.3) (from Nov. 1, 1991, Amendment 392; (n.3(B)) from Nov. 1, 2004): "If
    the adjustment [enhancement] in subsection (b)(3) applies, do not apply §3B1.3": a
    §3B1.3 adjustment stated with (b)(3) is refused."""
    note = version.get("trust_note")
    if note is None or not facts.victim_custody:
        return
    if name := section_3b1_3_stated(given.adjustments.role):
        raise CaseError(f"adjustments.role.{name}",
                        f"{SECTION}{note['paragraph']}: “{note['text']}” "
                        f"({given.facts_field}.victim_custody applies (b)(3))")


def _victim_age(sheet: Worksheet, version: Version, facts: CriminalSexualAbuseFacts,
                base: str) -> None:
    """(b)(2): the victim's age; from Nov. 1, 2007 only "If subsection (a)(2) applies"."""
    if facts.victim_age is None:
        return
    paragraph = version["victim_age"]
    words = f"victim_age = \"{facts.victim_age}\""
    if paragraph["requires"] and base not in paragraph["requires"]:
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Age of the victim",
                   words, "not applied", f"subsection {base} applies: “{paragraph['text']} "
                   f"...”", sheet.note_version(version))
        return
    alternatives = {key: value for key, value in paragraph.items() if key != "requires"}
    apply_alternative(sheet, version, SECTION, "Age of the victim", alternatives,
                      facts.victim_age, words)


def _injury(sheet: Worksheet, version: Version, facts: CriminalSexualAbuseFacts,
            field: str) -> None:
    """(b)(4): serious, permanent or life-threatening bodily injury (or between them, from
    Nov. 1, 1989); a lesser injury is shown with no increase."""
    paragraph = version["bodily_injury"]
    words = f"bodily_injury = \"{facts.bodily_injury}\""
    if facts.bodily_injury == "between_serious_and_permanent":
        # (C) was inserted by Amendment 92 (Nov. 1, 1989): before it the court chose (A) or (B)
        refuse_clause_not_in_edition(sheet, SECTION, paragraph, facts.bodily_injury,
                                     f"{field}.bodily_injury")
    if facts.bodily_injury is not None and all(c["key"] != facts.bodily_injury
                                               for c in paragraph["clauses"]):
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Bodily injury", words,
                   "no increase", f"{SECTION}{paragraph['paragraph']} increases only for "
                   f"serious, permanent or life-threatening bodily injury, or an injury "
                   f"between them", sheet.note_version(version))
        return
    apply_alternative(sheet, version, SECTION, "Bodily injury", paragraph, facts.bodily_injury,
                      words)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2A1.1 (from Nov. 1, 1993; from Nov. 1, 2004 only if greater); (c)(2): §2G2.1
    if greater (from Nov. 1, 2004); (d)(1): the special instruction (an official victim for
    §3A1.2; from Nov. 1, 1992, numbered (c)(1) until Oct. 31, 1993)."""
    facts: CriminalSexualAbuseFacts = given.facts
    version = sheet.manual.table(TABLE)
    if facts.victim_murdered:
        murder_cross_reference(sheet, version, SECTION,
                               only_if_greater=version["murder_only_if_greater"])
    if facts.production is not None:
        reference = version["production_cross_reference"]
        level, steps = registry.offense_level_under(
            sheet, "2G2.1", given.under("2G2.1", facts.production,
                                        f"{given.facts_field}.production"))
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: production (§2G2.1)",
                         f"production (the §2G2.1 findings): level {level}", level, steps,
                         reference["text"], sheet.note_version(version), only_if_greater=True)
    if facts.prison_official_victim:
        _prison_official(sheet, given, version)


def _prison_official(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version) -> None:
    """(d)(1): the offense "shall be deemed to have an official victim" for the §3A1.2
    provision the edition names (subsection (a), "status", before Nov. 1, 2004; (c)(2),
    "assault", after): handed to Chapter Three as a deemed finding (``sheet.deem``), which
    applies it where the case leaves ``official_victim`` out or states the same, and refuses
    a case stating another (manual/ch3/deemed_findings.py)."""
    instruction = version["prison_official"]
    sheet.deem("victim.official_victim", OfficialVictim(instruction["official_victim"]),
               instruction["provision"], f"{SECTION}{instruction['paragraph']}",
               instruction["text"], f"{given.facts_field}.prison_official_victim",
               "Special instruction: prison official victim", "prison_official_victim = true",
               sheet.note_version(version))


def _facts_in_edition(sheet: Worksheet, version: Version, facts: CriminalSexualAbuseFacts,
                      field: str) -> None:
    """A finding the edition applied does not have, or one that contradicts another, is
    refused, never ignored."""
    in_force = format_date(sheet.manual.in_force)
    refuse_finding_of_a_single_level(
        sheet, version, SECTION, field, "convicted_under_2241c", facts.convicted_under_2241c,
        "for a conviction under 18 U.S.C. § 2241(c), was inserted by Amendment 701, eff. Nov. "
        "1, 2007")
    if facts.conviction_2241c_based_on_2241a_or_b:
        if version.get("means_note") is None:
            raise CaseError(f"{field}.conviction_2241c_based_on_2241a_or_b",
                            f"{SECTION}, comment. (n.2(B)) was added by Amendment 701, eff. "
                            f"Nov. 1, 2007; it is not in the Guidelines Manual in force on "
                            f"{in_force}")
        if not (facts.convicted_under_2241c and facts.conduct_described_in_2241a_or_b):
            raise CaseError(f"{field}.conviction_2241c_based_on_2241a_or_b",
                            "it speaks of a conviction under 18 U.S.C. § 2241(c) resting on "
                            "conduct described in § 2241(a) or (b): state "
                            "convicted_under_2241c = true and "
                            "conduct_described_in_2241a_or_b = true with it")
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("minor_enticement", "minor_enticement", bool(facts.minor_enticement)),
        ("murder_cross_reference", "victim_murdered", facts.victim_murdered),
        ("production_cross_reference", "production", facts.production is not None),
        ("prison_official", "prison_official_victim", facts.prison_official_victim)))
