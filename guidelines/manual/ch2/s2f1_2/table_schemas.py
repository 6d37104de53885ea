"""The schema of §2F1.2's table (tables/insider_trading_2f1_2.toml), checked when it is
loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Gain(Closed):
    """(b)(1): "Increase by the number of levels from the table in §2F1.1 corresponding to
    the gain resulting from the offense" (no threshold of its own: the table's line (A))."""

    paragraph: str
    text: str


class FormerInsiderTrading(MayNotExist):
    """One version of §2F1.2 (or ``exists = false`` from its deletion)."""

    text: str | None = None  # exists = false: why (the registry quotes it)
    base_level: int | None = Field(None, ge=1, le=43)
    base_text: str | None = None
    gain: Gain | None = None

    @model_validator(mode="after")
    def _complete(self) -> FormerInsiderTrading:
        if self.exists and None in (self.base_level, self.base_text, self.gain):
            raise ValueError("a version where the guideline exists needs base_level, "
                             "base_text and gain")
        if not self.exists and self.text is None:
            raise ValueError("a version where the guideline does not exist says why (text)")
        return self


SCHEMAS = {"insider_trading_2f1_2": FormerInsiderTrading}
