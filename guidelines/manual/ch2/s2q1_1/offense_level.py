"""§2Q1.1 (Knowing Endangerment Resulting From Mishandling Hazardous or Toxic Substances,
Pesticides or Other Pollutants) in the Chapter Two registry (tables/knowing_endangerment.toml):
(a) 24; no specific offense characteristic. The 2016 Manual's Note 1 ("If death or serious
bodily injury resulted, an upward departure may be warranted") is a judgment call, not
computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 24."""
    set_base(sheet, sheet.manual.table("knowing_endangerment"), "§2Q1.1", "all",
             given.offense.description or "knowing endangerment")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2Q1.1 has none."""
