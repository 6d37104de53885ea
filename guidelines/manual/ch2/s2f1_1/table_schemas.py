"""The shape of §2F1.1's tables (tables/fraud_deceit_*.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.s2b1_1.table_schemas import LossTableMayNotExist


class BaseOffenseLevel(MayNotExist):
    level: int | None = None
    text: str


class Characteristics(MayNotExist):
    planning_paragraph: str | None = None
    planning_levels: int | None = None
    planning_minimum: int | None = None
    planning_text: str | None = None
    mass_marketing_paragraph: str | None = None
    mass_marketing_levels: int | None = None
    mass_marketing_text: str | None = None
    sophisticated_paragraph: str | None = None
    sophisticated_levels: int | None = None
    sophisticated_minimum: int | None = None
    sophisticated_text: str | None = None


SCHEMAS = {
    "fraud_deceit_base_offense_level": BaseOffenseLevel,
    "fraud_deceit_loss_table": LossTableMayNotExist,
    "fraud_deceit_characteristics": Characteristics,
}
