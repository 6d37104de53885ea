"""The shape of §2T3.2's table (tables/smuggled_property.toml)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.s2t1_1.table_schemas import Sophisticated
from ussg.guidelines.manual.ch2.s2t3_1.table_schemas import DutyLine


class SmuggledProperty(MayNotExist):
    """One version of §2T3.2 (Nov. 1, 1987 - Oct. 31, 1992), or its deletion."""

    text_a: str | None = None
    text: str | None = None  # exists = false: why
    lines: list[DutyLine] | None = None
    sophisticated: Sophisticated | None = None  # (b)(1), from Nov. 1, 1991

    @model_validator(mode="after")
    def _complete(self) -> "SmuggledProperty":
        if self.exists and (self.text_a is None or not self.lines):
            raise ValueError("a version where the guideline exists needs text_a and lines")
        if not self.exists and self.text is None:
            raise ValueError("a version where the guideline does not exist needs text")
        return self


SCHEMAS = {"smuggled_property": SmuggledProperty}
