"""The shape of §2J1.2's table (tables/obstruction_of_justice.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph


class ChapterThreeNote(Closed):
    """Comment. (n.2) (from Oct. 24, 2005 (n.2(A))): Chapter Three, Part C (from Nov. 1, 2013
    §3C1.1) "does not apply, unless" the defendant obstructed the obstruction count."""

    note: str
    text: str
    reaches: list[str]  # the keys of [adjustments.obstruction] the note reaches
    unless: str  # the exception's words


class TerrorismNote(Closed):
    """Comment. (n.2(B)) (from Oct. 24, 2005): with §3A1.4, the terrorism paragraph is not
    applied."""

    note: str
    text: str


class Obstruction(Common):
    """One version of §2J1.2."""

    base_level: int = Field(ge=1, le=43)
    base_text: str
    greatest: str | None = None  # "(Apply the greater):" (2005), "(Apply the greatest):" (2007)
    sex_offense: Paragraph | None = None  # (b)(1)(A), from Nov. 1, 2007
    injury: Paragraph
    terrorism: Paragraph | None = None  # from Oct. 24, 2005
    substantial_interference: Paragraph
    records: Paragraph | None = None  # (b)(3), from Jan. 25, 2003
    cross_reference: CrossReference
    chapter_three: ChapterThreeNote
    terrorism_note: TerrorismNote | None = None


SCHEMAS = {"obstruction_of_justice": Obstruction}
