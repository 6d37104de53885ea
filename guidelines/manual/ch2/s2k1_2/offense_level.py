"""§2K1.2 (Improper Storage of Explosive Materials) in the Chapter Two registry (tables/explosives_storage_1987.toml),
Nov. 1, 1987 - Oct. 31, 1993: "(a) Base Offense Level: 6", as Amendment 481 quotes it where it
deletes the guideline (App. C Vol. I lines 14307-14314); no specific offense characteristic.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table("explosives_storage_1987"), "§2K1.2", "all",
             given.offense.description or "improper storage of explosive materials")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.2 has none."""
