"""The shape of §2J1.1's table (tables/contempt.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.s2j1_2.table_schemas import ChapterThreeNote


class Contempt(Common):
    """One version of §2J1.1 and the notes that reach it."""

    text: str = Field(min_length=1)  # the guideline's words
    applies_2x5_1: bool  # "Apply §2X5.1 (Other Offenses)." (from Nov. 1, 1989, Amendment 170)
    # comment. (n.1)'s last sentence (from Nov. 1, 1989): §2J1.2 may be the most analogous
    note_2j1_2: str | None = None
    chapter_three: ChapterThreeNote | None = None  # §3C1.1's note: the obstruction adjustment


SCHEMAS = {"contempt": Contempt}
