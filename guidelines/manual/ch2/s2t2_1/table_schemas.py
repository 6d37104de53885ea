"""The shape of §2T2.1's table (tables/alcohol_tobacco_tax.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common


class AlcoholTobaccoTax(Common):
    """One version of §2T2.1."""

    text_a: str


SCHEMAS = {"alcohol_tobacco_tax": AlcoholTobaccoTax}
