"""The shape of §2M5.3's table (tables/material_support_terrorists.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.fixed_levels import Paragraph, Reference


class MaterialSupportTerrorists(MayNotExist):
    """One version of §2M5.3 (``exists = false`` with ``text`` before Nov. 1, 2002)."""

    base: int | None = Field(None, ge=1, le=43)
    text_a: str | None = None
    provision: Paragraph | None = None  # (b)(1)
    death: Reference | None = None  # (c)(1)
    attempted_murder: Reference | None = None  # (c)(2)
    mass_destruction: Reference | None = None  # (c)(3)
    text: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> "MaterialSupportTerrorists":
        needed = (["base", "text_a", "provision", "death", "attempted_murder",
                   "mass_destruction"] if self.exists else ["text"])
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version needs {', '.join(missing)}")
        return self


SCHEMAS = {"material_support_terrorists": MaterialSupportTerrorists}
