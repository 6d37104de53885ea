"""§2E1.5 (Hobbs Act Extortion or Robbery), Nov. 1, 1987 - Oct. 31, 1993, in the Chapter Two
registry (tables/hobbs_act_2e1_5.toml). 1987: "Apply the guideline provision for extortion or
robbery, as applicable." (its Note 1 naming §§2B3.1, 2B3.2, 2B3.3 and 2C1.1); from Nov. 1,
1989 (Amendment 145) the four in the text. The guideline that applies is the one whose facts
table the count gives, computed through the registry (applies_guideline.py).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.applies_guideline import apply_guideline


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.5: the level of the guideline that applies, its steps shown first."""
    apply_guideline(sheet, given, "hobbs_act_2e1_5", "§2E1.5", "Hobbs Act Extortion or Robbery")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.5 has none: the applied guideline's are in its level."""
