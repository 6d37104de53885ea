"""The shape of §2E5.1's table (tables/benefit_plan_bribery.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference


class Fiduciary(Closed):
    """(b)(1)."""

    paragraph: str
    levels: int
    text: str
    of: list[Literal["benefit_plan", "labor_organization"]]


class Value(Closed):
    """(b)(2), in the shape offense_characteristics.amount_band reads."""

    paragraph: str
    table: Literal["§2F1.1", "§2B1.1"]
    table_more_than: str
    one_level_more_than: str | None = None
    one_level: int | None = None
    text: str


class BenefitPlanBribery(Common):
    text_a: str
    bribe: int = Field(ge=1, le=43)
    gratuity: int = Field(ge=1, le=43)
    fiduciary: Fiduciary
    value: Value
    trust_note: CrossReference  # comment. (n.5): its place and words


SCHEMAS = {"benefit_plan_bribery": BenefitPlanBribery}
