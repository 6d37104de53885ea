"""The shape of §2K2.6's table (tables/body_armor_by_violent_felon.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist


class BodyArmorByViolentFelon(MayNotExist):
    """One version of §2K2.6."""

    base_level: int | None = Field(None, ge=1, le=43)
    used_levels: int | None = None  # (b)(1)
    text_a: str | None = None
    text_b: str | None = None
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "MayNotExist":
        missing = [f for f in ["base_level", "used_levels", "text_a", "text_b"]
                   if getattr(self, f) is None]
        if self.exists and missing:
            raise ValueError(f"a version where the guideline exists needs {', '.join(missing)}")
        return self


SCHEMAS = {"body_armor_by_violent_felon": BodyArmorByViolentFelon}
