"""The shape of §2E5.6's table (tables/labor_payments_2e5_6.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.s2e5_1.table_schemas import Value


class LaborPayments(MayNotExist):
    """One version of §2E5.6 (or ``exists = false`` from its deletion)."""

    text: str | None = None  # exists = false: why (the registry quotes it)
    text_a: str | None = None
    bribe: int | None = Field(None, ge=1, le=43)
    gratuity: int | None = Field(None, ge=1, le=43)
    value: Value | None = None  # (b)(1)

    @model_validator(mode="after")
    def _complete(self) -> LaborPayments:
        if self.exists and None in (self.text_a, self.bribe, self.gratuity, self.value):
            raise ValueError("a version where the guideline exists needs text_a, bribe, "
                             "gratuity and value")
        if not self.exists and self.text is None:
            raise ValueError("a version where the guideline does not exist says why (text)")
        return self


SCHEMAS = {"labor_payments_2e5_6": LaborPayments}
