"""The shape of the tables of a guideline of one base offense level and no characteristics
(§2T1.8: tables/withholding_statements.toml; §2T2.2: tables/alcohol_tobacco_regulatory.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common


class FixedLevel(Common):
    """One version: "(a) Base Offense Level: 4"."""

    text_a: str
    base_level: int


SCHEMAS = {"withholding_statements": FixedLevel}
