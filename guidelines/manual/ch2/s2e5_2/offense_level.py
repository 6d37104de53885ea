"""§2E5.2 (Theft or Embezzlement from Employee Pension and Welfare Benefit Plans), Nov. 1, 1987 - Oct. 31, 1993, in the
Chapter Two registry (tables/benefit_plan_theft_2e5_2.toml). From Nov. 1, 1989 (Amendment 150): "Apply
§2B1.1 (Larceny, Embezzlement, and Other Forms of Theft).", §2B1.1 computed from its own facts
table in the count (applies_guideline.py). Before, its own (a) 4 and (b)(1)-(3), refused with
their words (README Known gaps).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.applies_guideline import apply_guideline


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E5.2: §2B1.1's level, its steps shown first (refused before Nov. 1, 1989)."""
    apply_guideline(sheet, given, "benefit_plan_theft_2e5_2", "§2E5.2", "Theft or Embezzlement from Employee Pension and Welfare Benefit Plans")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """None from Nov. 1, 1989: §2B1.1's are in its level."""
