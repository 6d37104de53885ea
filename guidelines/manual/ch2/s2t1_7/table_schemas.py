"""The shape of §2T1.7's table (tables/tax_trust_deposit.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common


class TaxTrustDeposit(Common):
    """One version of §2T1.7."""

    text_a: str
    floor: int  # (a)(1): 4
    less_than_table: int  # (a)(2): "5 less than the level from §2T4.1"


SCHEMAS = {"tax_trust_deposit": TaxTrustDeposit}
