"""§2M2.2 (Production of Defective War Material, Premises, or Utilities) in the Chapter Two registry (tables/defective_war_material_1987.toml),
Nov. 1, 1987 - Oct. 31, 1993: "(a) Base Offense Level: 32", as Amendment 481 quotes it where it
deletes the guideline (App. C Vol. I lines 14434-14438); no specific offense characteristic.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 32."""
    set_base(sheet, sheet.manual.table("defective_war_material_1987"), "§2M2.2", "all",
             given.offense.description or "production of defective war material, premises, or utilities")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M2.2 has none."""
