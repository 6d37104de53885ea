"""The shape of §2J1.8's table (tables/witness_bribery_1987.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph
from ussg.guidelines.manual.ch2.s2j1_2.table_schemas import ChapterThreeNote


class WitnessBribery(MayNotExist):
    """One version of §2J1.8, or why it does not exist (``text``)."""

    base_level: int | None = Field(None, ge=1, le=43)
    base_text: str | None = None
    substantial_interference: Paragraph | None = None
    cross_reference: CrossReference | None = None
    cross_reference_reaches: bool = True  # False: (c)(1)'s words name another offense
    chapter_three: ChapterThreeNote | None = None
    text: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> WitnessBribery:
        needed = (self.base_level, self.base_text, self.substantial_interference,
                  self.cross_reference, self.chapter_three)
        if self.exists and None in needed:
            raise ValueError("a version where §2J1.8 exists needs (a), (b)(1), (c)(1), Note 2")
        if not self.exists and self.text is None:
            raise ValueError("a version with exists = false needs text")
        return self


SCHEMAS = {"witness_bribery_1987": WitnessBribery}
