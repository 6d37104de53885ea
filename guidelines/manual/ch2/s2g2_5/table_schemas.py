"""The shape of §2G2.5's table (tables/recordkeeping_sexually_explicit.toml), checked when it
is loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference


class Recordkeeping(MayNotExist):
    """One version of §2G2.5 (``exists = false`` with ``text`` before Nov. 1, 1991)."""

    base_level: int | None = Field(None, ge=1, le=43)
    base_text: str | None = None
    production_cross_reference: CrossReference | None = None  # (b)(1): §2G2.1
    trafficking_cross_reference: CrossReference | None = None  # (b)(2): §2G2.2
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "Recordkeeping":
        needed = (["base_level", "base_text", "production_cross_reference",
                   "trafficking_cross_reference"] if self.exists else ["text"])
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version {'where the guideline exists' if self.exists else 'with exists = false'} "
                             f"needs {', '.join(missing)}")
        return self


SCHEMAS = {"recordkeeping_sexually_explicit": Recordkeeping}
