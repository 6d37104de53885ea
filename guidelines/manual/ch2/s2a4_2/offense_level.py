"""§2A4.2 (Demanding or Receiving Ransom Money) in the Chapter Two registry: (a) the base
offense level and (b)(1), from Nov. 1, 1993, the cross reference: "If the defendant was a
participant in the kidnapping offense, apply §2A4.1 (Kidnapping, Abduction, Unlawful
Restraint)." (tables/ransom_money.toml). §2A4.1's level is computed through the registry from
the findings given for it and applied, greater or not (the cross reference has no "if
greater")."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, base_level_of, refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2a4_2.facts import RansomFacts

TABLE = "ransom_money"
SECTION = "§2A4.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A4.2(a): "Base Offense Level: 23"."""
    facts: RansomFacts = given.facts
    version = sheet.manual.table(TABLE)
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("kidnapping_cross_reference", "participant_in_kidnapping",
         facts.participant_in_kidnapping is not None),))
    base_level_of(sheet, version, SECTION, "Base offense level (ransom money)",
                  given.offense.description or "demanding or receiving ransom money")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A4.2 has no specific offense characteristics."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): a participant in the kidnapping: §2A4.1, its steps shown, its level applied."""
    facts: RansomFacts = given.facts
    if facts.participant_in_kidnapping is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version["kidnapping_cross_reference"]
    field = f"{given.facts_field}.participant_in_kidnapping"
    level, steps = registry.offense_level_under(
        sheet, "2A4.1", given.under("2A4.1", facts.participant_in_kidnapping, field))
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                     "Cross reference: kidnapping (§2A4.1)",
                     f"participant_in_kidnapping (the §2A4.1 findings): level {level}", level,
                     steps, reference["text"], sheet.note_version(version),
                     only_if_greater=False)
