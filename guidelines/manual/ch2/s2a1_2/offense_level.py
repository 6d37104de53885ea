"""§2A1.2 (Second Degree Murder) in the Chapter Two registry: "(a) Base Offense Level: 38"
(33 before Nov. 1, 2004, Amendment 663; tables/second_degree_murder.toml); no specific
offense characteristic, no cross reference."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2a1_1.offense_level import single_level

TABLE = "second_degree_murder"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.2(a): 38 (33 before Nov. 1, 2004)."""
    single_level(sheet, given, TABLE, "second degree murder")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.2 has none."""
