"""§2C1.5 (Payments to Obtain Public Office) in the Chapter Two registry
(tables/payments_to_obtain_public_office.toml): (a) 8; no specific offense characteristic;
comment. (n.1): no §3B1.3 (a §3B1.3 adjustment stated is refused).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 8."""
    set_base(sheet, sheet.manual.table("payments_to_obtain_public_office"), "§2C1.5", "all",
             given.offense.description or "payment to obtain public office", given)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2C1.5 has none."""
