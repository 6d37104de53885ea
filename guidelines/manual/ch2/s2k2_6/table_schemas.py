"""The shape of §2K2.6's table (tables/body_armor_by_violent_felon.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class BodyArmorByViolentFelon(Common):
    """One version of §2K2.6."""

    base_level: int = Field(ge=1, le=43)
    used_levels: int  # (b)(1)
    text_a: str
    text_b: str


SCHEMAS = {"body_armor_by_violent_felon": BodyArmorByViolentFelon}
