"""The shape of §2T1.6's table (tables/tax_pay_over.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.s2t1_1.table_schemas import TitledCrossReference


class TaxPayOver(Common):
    """One version of §2T1.6."""

    text_a: str
    with_interest: bool = False  # 1987: "plus interest" (Amendment 232 deleted it)
    cross_reference: TitledCrossReference | None = None  # (b)(1), from Nov. 1, 1991


SCHEMAS = {"tax_pay_over": TaxPayOver}
