"""The shape of §2X4.1's table (tables/misprision_of_felony.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.s2j1_2.table_schemas import ChapterThreeNote


class Misprision(Common):
    """One version of §2X4.1(a) and the notes that reach it."""

    decrease: int = Field(ge=1)  # "9 levels lower than the offense level for the underlying"
    floor: int = Field(ge=1, le=43)  # "in no event less than 4"
    cap: int = Field(ge=1, le=43)  # "or more than 19"
    text_a: str = Field(min_length=1)
    # comment. (n.2): "The adjustment from §3B1.2 (Mitigating Role) normally would not apply"
    mitigating_role_note: str = Field(min_length=1)
    # from Nov. 1, 1993 (Amendment 496): §3C1.1's note reaches §2X4.1
    chapter_three: ChapterThreeNote | None = None


SCHEMAS = {"misprision_of_felony": Misprision}
