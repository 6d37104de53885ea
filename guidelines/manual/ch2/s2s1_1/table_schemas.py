"""The shape of §2S1.1's tables (tables/money_laundering.toml, laundering_value_table.toml)."""

from __future__ import annotations

from typing import Literal

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.s2b1_1.table_schemas import LossTableMayNotExist


class MoneyLaundering(Common):
    era: Literal["before_2001", "consolidated"] = "consolidated"
    a1_text: str
    # before Nov. 1, 2001: (a)(1) 23 for the listed subsections of § 1956, (a)(2) 20
    a1_level: int | None = None
    a1_subsections: list[str] | None = None
    a2_level: int | None = None
    # from Nov. 1, 2001 (Amendment 634)
    value_plus: int | None = None
    a2_text: str | None = None
    b1_offenses: list[str] | None = None
    b2_1957: int | None = None
    b2_1956: int | None = None
    b2_business: int | None = None
    b3_levels: int | None = None
    n3c_text: str | None = None  # Comment. (n.3(C)): (b)(2)(B) not for a § 1956(h)
    # conspiracy whose sole object was a § 1957 offense
    conspiracy_text: str | None = None  # §1B1.3's commentary: a conviction "of a particular
    # statute" includes a conspiracy in respect to it
    # both
    b1_levels: int
    b1_text: str


SCHEMAS = {"money_laundering": MoneyLaundering,
           "laundering_value_table": LossTableMayNotExist}
