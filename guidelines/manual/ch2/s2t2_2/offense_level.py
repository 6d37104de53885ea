"""§2T2.2 (Regulatory Offenses: alcohol and tobacco taxes), unchanged since Nov. 1, 1987
(tables/alcohol_tobacco_regulatory.toml): "(a) Base Offense Level: 4"."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_8.offense_level import fixed_level


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T2.2(a): "Base Offense Level: 4"."""
    fixed_level(sheet, given, "alcohol_tobacco_regulatory", "§2T2.2", "Regulatory Offenses",
                "alcohol or tobacco tax regulatory offense")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T2.2 has none."""
