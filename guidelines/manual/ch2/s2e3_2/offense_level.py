"""§2E3.2 (Transmission of Wagering Information) in the Chapter Two registry (tables/wagering_information_2e3_2.toml),
Nov. 1, 1987 - Oct. 31, 1993: (a) 12; deleted by consolidation with §2E3.1 (Amendment 481). Amendment 481 quoted it whole as it deleted it: "(a) Base Offense Level: 12"; no
specific offense characteristic. Outside its dates the registry refuses it, naming why.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 12."""
    set_base(sheet, sheet.manual.table("wagering_information_2e3_2"), "§2E3.2", "all",
             given.offense.description or "transmission of wagering information")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E3.2 has none."""
