"""The schema of §2J1.3's table (tables/perjury.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph
from ussg.guidelines.manual.ch2.s2j1_2.table_schemas import ChapterThreeNote


class Perjury(Common):
    """One version of §2J1.3."""

    base_level: int = Field(ge=1, le=43)
    base_text: str
    offenses: list[str] = Field(min_length=1)  # the values of ``offense`` it covers
    unplaced: dict[str, str] = {}  # offense -> why the edition's §2J1.3 does not cover it
    injury: Paragraph
    substantial_interference: Paragraph
    cross_reference: CrossReference
    cross_reference_reaches: list[str] = Field(min_length=1)  # the offenses (c)(1)'s words name
    chapter_three: ChapterThreeNote

    @model_validator(mode="after")
    def _coherent(self) -> Perjury:
        if set(self.offenses) & set(self.unplaced):
            raise ValueError("an offense both covered and unplaced")
        if not set(self.cross_reference_reaches) <= set(self.offenses):
            raise ValueError("(c)(1) reaches an offense the guideline does not cover")
        return self


SCHEMAS = {"perjury": Perjury}
