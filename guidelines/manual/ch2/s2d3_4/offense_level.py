"""§2D3.4 (Illegal Transfer or Transshipment of a Controlled Substance; Attempt or Conspiracy) in the Chapter Two registry (tables/illegal_transshipment_2d3_4.toml),
Nov. 1, 1987 - Oct. 31, 1993: (a) 4; deleted by consolidation with §2D3.2 (Amendment 481). Amendment 481 quoted it whole as it deleted it: "(a) Base Offense Level: 4"; no
specific offense characteristic. Outside its dates the registry refuses it, naming why.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 4."""
    set_base(sheet, sheet.manual.table("illegal_transshipment_2d3_4"), "§2D3.4", "all",
             given.offense.description or "illegal transfer or transshipment of a controlled substance")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D3.4 has none."""
