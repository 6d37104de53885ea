"""The shape of §2E5.3's table (tables/erisa_false_statements.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common

Kind = Literal["theft", "embezzlement", "fraud", "bribe_or_gratuity", "obstruction"]


class Facilitated(Closed):
    """One kind of offense (a)(2) names, and the guideline it applies."""

    key: Kind
    words: str
    guideline: Literal["2E5.2", "2B1.1", "2E5.1", "2J1.2"]


class ErisaFalseStatements(Common):
    heading: str
    minimum: int = Field(ge=1, le=43)
    text_a2: str
    facilitated: list[Facilitated] = Field(min_length=1)
    not_in_edition: dict[Kind, str]


SCHEMAS = {"erisa_false_statements": ErisaFalseStatements}
