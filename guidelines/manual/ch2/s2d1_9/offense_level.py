"""§2D1.9 in the Chapter Two registry: "(a) Base Offense Level: 23" (every edition); no
specific offense characteristic. The versions: tables/dangerous_devices.toml."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import greatest_option

SECTION = "2D1.9"
TABLE = "dangerous_devices"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.9(a): 23."""
    greatest_option(sheet, given, SECTION, TABLE, answers={}, quantities={})


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.9 has none."""
