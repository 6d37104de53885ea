"""§2B5.2 (Forgery; Offenses Involving Altered or Counterfeit Instruments Other than
Counterfeit Bearer Obligations of the United States), Nov. 1, 1987 - Oct. 31, 1993, in the
Chapter Two registry (tables/forgery_2b5_2.toml): "Apply §2F1.1 (Fraud and Deceit).", as
Amendment 481 quoted it when it deleted it. §2F1.1 is computed from its own facts table in
the count (guidelines/manual/ch2/applies_guideline.py).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.applies_guideline import apply_guideline


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B5.2: "Apply §2F1.1 (Fraud and Deceit).": §2F1.1's level, its steps shown first."""
    apply_guideline(sheet, given, "forgery_2b5_2", "§2B5.2", "Forgery")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B5.2 has none: §2F1.1's are in its level."""
