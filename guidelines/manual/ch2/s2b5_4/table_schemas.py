"""The schema of §2B5.4's table (tables/trademark_infringement.toml), checked when it is
loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.s2b5_1.table_schemas import FaceValue


class TrademarkInfringement(MayNotExist):
    """One version of §2B5.4 (or ``exists = false`` from its deletion)."""

    text: str | None = None  # exists = false: why (the registry quotes it)
    base_level: int | None = Field(None, ge=1, le=43)
    base_text: str | None = None
    retail_value: FaceValue | None = None  # (b)(1)

    @model_validator(mode="after")
    def _complete(self) -> TrademarkInfringement:
        if self.exists and None in (self.base_level, self.base_text, self.retail_value):
            raise ValueError("a version where the guideline exists needs base_level, "
                             "base_text and retail_value")
        if not self.exists and self.text is None:
            raise ValueError("a version where the guideline does not exist says why (text)")
        return self


SCHEMAS = {"trademark_infringement": TrademarkInfringement}
