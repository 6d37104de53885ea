"""The Drug Quantity Table (§2D1.1(c)), one file a version."""

from typing import Literal

from pydantic import Field

from . import Closed, Common


class QuantityRow(Closed):
    subdivision: int
    level: int
    at_least: str


class Substance(Closed):
    key: str
    name: str
    measure: Literal["mass", "units", "plants"]
    aliases: list[str] = []
    rows: list[QuantityRow] = Field(min_length=1)


class DrugQuantity(Common):
    substance: list[Substance] = Field(min_length=1)
