"""The schema of §2B1.5's table (tables/cultural_heritage.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import Kinds, Paragraph
# (b)(1) has §2B6.1(b)(1)'s shape: one level in a band, the §2B1.1 table of the same date above
from ussg.guidelines.manual.ch2.s2b5_1.table_schemas import FaceValue


class Floor(Paragraph):
    """(b)(6): an increase, then "If the resulting offense level is less than level N,
    increase to level N"."""

    minimum: int = Field(ge=1, le=43)


class CrossReference(Closed):
    paragraph: str
    guideline: str
    text: str


class CulturalHeritage(Common):
    guideline_title: str
    paleontological: bool  # the guideline covers a paleontological resource (Amendment 745)
    base_level: int = Field(ge=1, le=43)
    base_text: str
    value: FaceValue  # (b)(1)
    place: Kinds  # (b)(2)
    resource: Kinds  # (b)(3)
    commercial: Paragraph  # (b)(4)
    pattern: Paragraph  # (b)(5)
    weapon: Floor  # (b)(6)
    arson: CrossReference  # (c)(1)


SCHEMAS = {"cultural_heritage": CulturalHeritage}
