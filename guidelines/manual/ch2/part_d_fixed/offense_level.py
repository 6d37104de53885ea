"""§§2D2.2, 2D3.1, 2D3.2 in the Chapter Two registry: "(a) Base Offense Level: 8" (§2D2.2),
"6" (§2D3.1), "4" (§2D3.2), as each edition's table says; no specific offense
characteristic."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import greatest_option


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): the level of the guideline the count names."""
    guideline = registry.chapter_two_guideline(given.offense.guideline)
    assert guideline is not None and guideline.table is not None
    greatest_option(sheet, given, guideline.section, guideline.table, answers={},
                    quantities={})


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """None of them has one."""
