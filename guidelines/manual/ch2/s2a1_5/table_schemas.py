"""The shape of §2A1.5's table (tables/conspiracy_solicitation_murder.toml), checked when it
is loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph


class MurderConspiracy(MayNotExist):
    """One version of §2A1.5 (``exists = false`` with ``text`` before Nov. 1, 1990)."""

    base_level: int | None = Field(None, ge=1, le=43)
    base_text: str | None = None
    pecuniary_value: Paragraph | None = None  # (b)(1)
    death_cross_reference: CrossReference | None = None  # (c)(1): §2A1.1
    attempted_murder_cross_reference: CrossReference | None = None  # (c)(2): §2A2.1
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "MurderConspiracy":
        needed = ["base_level", "base_text", "pecuniary_value", "death_cross_reference",
                  "attempted_murder_cross_reference"] if self.exists else ["text"]
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version {'where the guideline exists' if self.exists else 'with exists = false'} "
                             f"needs {', '.join(missing)}")
        return self


SCHEMAS = {"conspiracy_solicitation_murder": MurderConspiracy}
