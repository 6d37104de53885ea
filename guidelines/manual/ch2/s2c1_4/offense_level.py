"""§2C1.4 (Payment or Receipt of Unauthorized Compensation), Nov. 1, 1987 - Oct. 31, 2001, in
the Chapter Two registry (tables/unauthorized_compensation_2c1_4.toml). Amendment 619 quoted it
whole as it struck it: "(a) Base Offense Level: 6"; comment. (n.1): "Do not apply the
adjustment in §3B1.3" (a §3B1.3 adjustment stated is refused).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table("unauthorized_compensation_2c1_4"), "§2C1.4", "all",
             given.offense.description or "payment or receipt of unauthorized compensation",
             given)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2C1.4 has none."""
