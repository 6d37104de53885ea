"""The shape of §2S1.1's table (tables/money_laundering.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common


class MoneyLaundering(Common):
    value_plus: int
    b1_levels: int
    b1_offenses: list[str]
    b1_text: str
    b2_1957: int
    b2_1956: int
    b2_business: int
    b3_levels: int
    a1_text: str
    a2_text: str


SCHEMAS = {"money_laundering": MoneyLaundering}
