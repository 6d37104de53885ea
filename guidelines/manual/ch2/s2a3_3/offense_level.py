"""§2A3.3 (Criminal Sexual Abuse of a Ward or Attempt to Commit Such Acts; Criminal Sexual
Abuse of an Individual in Federal Custody) in the Chapter Two registry: (a) the base offense
level, (b) the specific offense characteristics, (c) the cross reference to §2A3.1, as the
edition applied has them (tables/sexual_abuse_of_ward.toml).

§2A3.3 (2025): "(a) Base Offense Level: 18"; "(b)(1) If the offense involved the knowing
misrepresentation of a participant's identity to persuade, induce, entice, or coerce a minor
to engage in prohibited sexual conduct, increase by 2 levels. (2) If a computer or an
interactive computer service was used ..., increase by 2 levels." "(c)(1) If the offense
involved criminal sexual abuse ... apply §2A3.1". Comment. (n.4) (from Nov. 1, 2007): "Do not
apply §3B1.3".
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_2a3_1_cross_reference, apply_paragraph, base_level_of, refuse_paragraphs_not_in_edition,
    section_3b1_3_stated)
from ussg.guidelines.manual.ch2.s2a3_3.facts import SexualAbuseOfWardFacts

TABLE = "sexual_abuse_of_ward"
SECTION = "§2A3.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.3(a): a single level (9; 12 from Nov. 1, 2004; 14 from 2007; 18 from 2023)."""
    facts: SexualAbuseOfWardFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("misrepresentation", "minor_enticement",
         "misrepresented_identity" in facts.minor_enticement),
        ("computer", "minor_enticement", "computer" in facts.minor_enticement),
        ("sexual_abuse_cross_reference", "criminal_sexual_abuse",
         facts.criminal_sexual_abuse is not None),
        ("sexual_abuse_cross_reference", "victim_age", facts.victim_age is not None)))
    note = version.get("trust_note")
    if note is not None and (name := section_3b1_3_stated(given.adjustments.role)):
        raise CaseError(f"adjustments.role.{name}", f"{SECTION}{note['paragraph']}: "
                                                    f"“{note['text']}”")
    base_level_of(sheet, version, SECTION, "Base offense level (criminal sexual abuse of a "
                  "ward)", given.offense.description or "criminal sexual abuse of a ward")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.3(b)(1)-(2), from Nov. 1, 2000."""
    facts: SexualAbuseOfWardFacts = given.facts
    version = sheet.manual.table(TABLE)
    for kind, name, title in (
            ("misrepresented_identity", "misrepresentation",
             "Misrepresentation of a participant's identity to entice a minor"),
            ("computer", "computer", "Use of a computer to entice a minor")):
        if kind in facts.minor_enticement:
            apply_paragraph(sheet, version, SECTION, title, version[name], True,
                            f"minor_enticement includes \"{kind}\"")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) (from Nov. 1, 2023): "apply §2A3.1", computed from its findings through the
    registry, its level replacing this one; a victim under twelve without them is refused."""
    apply_2a3_1_cross_reference(sheet, given, sheet.manual.table(TABLE), SECTION)
