"""The shape of §2K2.5's table (tables/weapon_in_federal_facility.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist


class WeaponInFederalFacility(MayNotExist):
    """One version of §2K2.5."""

    base_level: int | None = Field(None, ge=1, le=43)
    facility_levels: int | None = None  # (b)(1)
    text_a: str | None = None
    text_b: str | None = None
    text_c: str | None = None
    text: str | None = None  # exists = false: why (the registry quotes it)
    # the 1989 guideline (Amendment 191) has no (b) characteristics: its cross reference is
    # (b)(1), to §2X1.1 only (no homicide guideline)
    characteristics: bool = True
    cross_reference: str = "(c)(1)"
    homicide: bool = True

    @model_validator(mode="after")
    def _complete(self) -> "MayNotExist":
        needed = ["base_level", "text_a", "text_c"]
        if self.characteristics:
            needed += ["facility_levels", "text_b"]
        missing = [f for f in needed if getattr(self, f) is None]
        if self.exists and missing:
            raise ValueError(f"a version where the guideline exists needs {', '.join(missing)}")
        return self


SCHEMAS = {"weapon_in_federal_facility": WeaponInFederalFacility}
