"""§2M2.1 (Destruction of, or Production of Defective, War Material, Premises, or Utilities) in the Chapter Two registry
(tables/war_material_destruction.toml): (a) 32; no specific offense characteristic.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 32."""
    set_base(sheet, sheet.manual.table("war_material_destruction"), "§2M2.1", "all",
             given.offense.description or "destruction of war material, premises, or utilities")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M2.1 has none."""
