"""The shape of §2L2.4's table (tables/passport_misuse.toml)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist


class PassportMisuse(MayNotExist):
    text: str | None = None  # exists = false: why (the registry quotes it)
    base: int | None = None
    text_a: str | None = None
    deported: int | None = None  # (b)(1) from Nov. 1, 1989 (Amendment 198)
    text_b1: str | None = None
    departure_note: str | None = None  # before: the commentary's recommended departure

    @model_validator(mode="after")
    def _complete(self) -> PassportMisuse:
        if self.exists and None in (self.base, self.text_a):
            raise ValueError("a version where §2L2.4 exists needs base and text_a")
        if self.exists and (self.deported is None) == (self.departure_note is None):
            raise ValueError("(b)(1) (deported, text_b1) or the commentary's departure_note")
        if self.deported is not None and self.text_b1 is None:
            raise ValueError("deported needs text_b1")
        if not self.exists and self.text is None:
            raise ValueError("a version where §2L2.4 does not exist says why (text)")
        return self


SCHEMAS = {"passport_misuse": PassportMisuse}
