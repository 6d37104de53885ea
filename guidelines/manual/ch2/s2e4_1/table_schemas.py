"""The shape of §2E4.1's table (tables/contraband_cigarettes.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class ContrabandCigarettes(Common):
    """One version of §2E4.1(a) and its Note 1."""

    title: str
    text_a: str
    floor: int = Field(ge=1, le=43)  # (a)(1)
    note_1: str  # what "tax evaded" refers to


SCHEMAS = {"contraband_cigarettes": ContrabandCigarettes}
