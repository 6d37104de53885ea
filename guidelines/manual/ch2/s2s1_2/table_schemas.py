"""The shape of §2S1.2's table (tables/laundering_monetary_transactions.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import MayNotExist


class MonetaryTransactions(MayNotExist):
    level: int | None = None
    narcotics_levels: int | None = None
    other_levels: int | None = None
    b1_text: str | None = None


SCHEMAS = {"laundering_monetary_transactions": MonetaryTransactions}
