"""§2M2.3 (Destruction of, or Production of Defective, National Defense Material, Premises, or Utilities) in the Chapter Two registry
(tables/defense_material_destruction.toml): (a) 26; no specific offense characteristic.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 26."""
    set_base(sheet, sheet.manual.table("defense_material_destruction"), "§2M2.3", "all",
             given.offense.description or "destruction of national defense material, premises, or utilities")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M2.3 has none."""
