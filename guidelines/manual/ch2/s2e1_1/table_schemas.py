"""The shape of §2E1.1's table (tables/racketeering_rico.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class Racketeering(Common):
    """One version of §2E1.1(a) and its Note 1."""

    heading: str = Field(min_length=1)  # "Base Offense Level (Apply the greater):"
    minimum: int = Field(ge=1, le=43)  # (a)(1): 19
    text_a1: str = Field(min_length=1)
    text_a2: str = Field(min_length=1)
    note_1: str = Field(min_length=1)  # more than one underlying offense
    note_3: str = Field(min_length=1)  # the alternative minimum


SCHEMAS = {"racketeering_rico": Racketeering}
