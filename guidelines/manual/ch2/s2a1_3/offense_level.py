"""§2A1.3 (Voluntary Manslaughter) in the Chapter Two registry: "(a) Base Offense Level: 29"
(25 before Nov. 1, 2004, Amendment 663; tables/voluntary_manslaughter.toml); no specific
offense characteristic, no cross reference."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2a1_1.offense_level import single_level

TABLE = "voluntary_manslaughter"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.3(a): 29 (25 before Nov. 1, 2004)."""
    single_level(sheet, given, TABLE, "voluntary manslaughter")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.3 has none."""
