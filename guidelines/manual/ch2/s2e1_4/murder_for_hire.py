"""§2E1.4 (Use of Interstate Commerce Facilities in the Commission of Murder-For-Hire) in the
Chapter Two registry: "(a) Base Offense Level (Apply the greater): (1) 32 [23 before Nov. 1,
1990, Amendment 311]; or (2) the offense level applicable to the underlying unlawful conduct"
(tables/murder_for_hire.toml), through ``s2e1_2.greater_of``."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2e1_2.greater_of import apply_the_greater

TABLE = "murder_for_hire"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.4(a): the greater of 32 (23 before Nov. 1, 1990) and the underlying conduct's
    level."""
    apply_the_greater(sheet, given, sheet.manual.table(TABLE), "§2E1.4",
                      "Base offense level (murder-for-hire)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.4 has none: the underlying conduct's characteristics are in its level."""
