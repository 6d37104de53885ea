"""The shape of §2B1.1's tables (tables/theft_fraud_*.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common


class LossRow(Closed):
    letter: str = Field(min_length=1)
    more_than: str = Field(min_length=1)  # dollars, as the Manual writes them
    add: int


class LossTable(Common):
    no_increase_through: str
    rows: list[LossRow] = Field(min_length=1)
    gain_text: str | None = None
    gain_citation: str | None = None


class BaseOffenseLevel(Common):
    level: int | None = None  # one level for the whole of (a)
    with_20_year_maximum: int | None = None  # (a)(1)
    otherwise: int | None = None  # (a)(2)
    text: str


class VictimRow(Closed):
    letter: str
    fact: Literal["victims", "mass_marketing", "hardship_victims"]
    at_least: int | None = None
    more_than: int | None = None
    less_than: int | None = None
    levels: int
    text: str


class Victims(Common):
    rows: list[VictimRow] = Field(min_length=1)


class SophisticatedMeans(Common):
    paragraph: str
    levels: int
    minimum: int
    defendant_conduct: bool
    text: str


class FinancialInstitution(Common):
    paragraph: str
    more_than: str
    levels: int
    minimum: int
    text: str
    minimum_text: str


SCHEMAS = {
    "theft_fraud_base_offense_level": BaseOffenseLevel,
    "theft_fraud_loss_table": LossTable,
    "theft_fraud_victims": Victims,
    "theft_fraud_sophisticated_means": SophisticatedMeans,
    "theft_fraud_financial_institution": FinancialInstitution,
}
