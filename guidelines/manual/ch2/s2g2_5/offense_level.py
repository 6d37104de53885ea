"""§2G2.5 (Recordkeeping Offenses Involving the Production of Sexually Explicit Materials;
Failure to Provide Required Marks in Commercial Electronic Email), from Nov. 1, 1991
(Amendment 372), in the Chapter Two registry (tables/recordkeeping_sexually_explicit.toml):
(a) 6; (b)(1) §2G2.1 and (b)(2) §2G2.2 where the offense reflected an effort to conceal such
a substantive offense, computed through the registry and applied ("apply", not "if
greater")."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import adopt_if_greater, base_level_of

TABLE = "recordkeeping_sexually_explicit"
SECTION = "§2G2.5"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.5(a): "Base Offense Level: 6"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level (recordkeeping)",
                  given.offense.description or "recordkeeping offense")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.5 has no specific offense characteristic."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) §2G2.1 or (b)(2) §2G2.2, from the findings stated, applied."""
    facts = given.facts
    for key, section, name, findings in (
            ("production", "2G2.1", "production_cross_reference", facts.production),
            ("trafficking", "2G2.2", "trafficking_cross_reference", facts.trafficking)):
        if findings is None:
            continue
        version = sheet.manual.table(TABLE)
        reference = version[name]
        where = f"{given.facts_field}.{key}"
        registry.guideline_in_force(registry.chapter_two_guideline(section), sheet.manual,
                                    where)
        level, steps = registry.offense_level_under(sheet, section,
                                                    given.under(section, findings, where))
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         f"Cross reference: {key} (§{section})",
                         f"{key} (the §{section} findings): level {level}", level, steps,
                         reference["text"], sheet.note_version(version), only_if_greater=False)
