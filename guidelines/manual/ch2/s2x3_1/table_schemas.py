"""The shape of §2X3.1's table (tables/accessory_after_the_fact.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.s2j1_2.table_schemas import ChapterThreeNote


class Accessory(Common):
    """One version of §2X3.1(a)."""

    decrease: int = Field(ge=1)  # "6 levels lower than the offense level for the underlying"
    floor: int = Field(ge=1, le=43)  # "not less than level 4"
    cap: int = Field(ge=1, le=43)  # "not more than level 30"
    # from Nov. 1, 1991 (Amendment 380): "limited to harboring a fugitive": not more than 20
    harboring_cap: int | None = Field(None, ge=1, le=43)
    # from Nov. 1, 2003 (Amendment 655): (a)(3)(C), the harboring cap does not apply
    terrorism_exception: bool = False
    where_decrease: str
    where_floor: str
    where_cap: str
    where_harboring: str | None = None
    where_terrorism: str | None = None
    text_a: str
    # from Nov. 1, 1993 (Amendment 496): §3C1.1's note reaches §2X3.1
    chapter_three: ChapterThreeNote | None = None


SCHEMAS = {"accessory_after_the_fact": Accessory}
