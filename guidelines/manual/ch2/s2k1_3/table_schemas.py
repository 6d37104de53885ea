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

    base_levels: list[BaseLevel] = Field(min_length=4, max_length=5)
    weight_table: list[WeightRow] = Field(min_length=1)
    stolen_levels: int
    text_stolen: str
    cap: int
    text_cap: str
    another_felony_levels: int
    another_felony_floor: int
    text_another_felony: str
    text_cross_reference: str
    # (a)(3), (b)(3)(A) and (c)(1)(A) for a conviction under 18 U.S.C. § 842(p)(2): from
    # Nov. 1, 2003 (Amendment 655); before, (b)(3) has no subdivisions
    conviction_842p2: bool = True
    # (a)(1)-(2) counted from the prior record as comment. (n.9) says (from Nov. 1, 2001,
    # Amendment 630); before, "had at least two prior felony convictions", counted as the
    # court determined (the count is stated)
    priors_from_record: bool = True


SCHEMAS = {"explosive_materials": ExplosiveMaterials}
