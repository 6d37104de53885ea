"""The shape of §2K2.5's table (tables/weapon_in_federal_facility.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class WeaponInFederalFacility(Common):
    """One version of §2K2.5."""

    base_level: int = Field(ge=1, le=43)
    facility_levels: int  # (b)(1)
    text_a: str
    text_b: str
    text_c: str


SCHEMAS = {"weapon_in_federal_facility": WeaponInFederalFacility}
