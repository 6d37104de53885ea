"""The shape of §2B2.2's table (tables/burglary_other_structure.toml): §2B2.1's
characteristics, a single base offense level."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.manual.ch2.s2b2_1.table_schemas import Characteristics


class OtherStructureBurglary(Characteristics):
    """One version of §2B2.2 (or ``exists = false`` from its deletion)."""

    base_level: int | None = Field(None, ge=1, le=43)
    base_text: str | None = None

    @model_validator(mode="after")
    def _base(self) -> OtherStructureBurglary:
        if self.exists and None in (self.base_level, self.base_text):
            raise ValueError("a version where the guideline exists needs base_level and "
                             "base_text")
        return self


SCHEMAS = {"burglary_other_structure": OtherStructureBurglary}
