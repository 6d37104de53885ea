"""The shape of §2K1.3's table (tables/explosive_materials.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common


class BaseLevel(Closed):
    subsection: str
    level: int = Field(ge=1, le=43)
    rule: Literal["two_priors", "one_prior", "842p2", "prohibited", "otherwise"]
    text: str


class WeightRow(Closed):
    row: str
    at_least: str  # a weight with its unit: "25 lb"
    less_than: str | None = None
    add: int


class ExplosiveMaterials(Common):
    """One version of §2K1.3."""

    base_levels: list[BaseLevel] = Field(min_length=5, max_length=5)
    weight_table: list[WeightRow] = Field(min_length=1)
    stolen_levels: int
    text_stolen: str
    cap: int
    text_cap: str
    another_felony_levels: int
    another_felony_floor: int
    text_another_felony: str
    text_cross_reference: str


SCHEMAS = {"explosive_materials": ExplosiveMaterials}
