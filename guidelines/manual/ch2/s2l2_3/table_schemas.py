"""The shape of §2L2.3's table (tables/passport_trafficking.toml)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.s2l2_1.table_schemas import Row


class PassportTrafficking(MayNotExist):
    text: str | None = None  # exists = false: why (the registry quotes it)
    base: int | None = None
    text_a: str | None = None
    profit_increase: int | None = None  # (b)(1) Nov. 1, 1987 - Oct. 31, 1989: "for profit"
    profit_decrease: int | None = None  # from Nov. 1, 1989 (Amendment 197)
    text_b1: str | None = None
    passports: list[Row] | None = None  # (b)(2) from Nov. 1, 1992 (Amendment 450)

    @model_validator(mode="after")
    def _complete(self) -> PassportTrafficking:
        if self.exists and None in (self.base, self.text_a, self.text_b1):
            raise ValueError("a version where §2L2.3 exists needs base, text_a and text_b1")
        if self.exists and (self.profit_increase is None) == (self.profit_decrease is None):
            raise ValueError("(b)(1) is either profit_increase or profit_decrease")
        if not self.exists and self.text is None:
            raise ValueError("a version where §2L2.3 does not exist says why (text)")
        return self


SCHEMAS = {"passport_trafficking": PassportTrafficking}
