"""The shape of §2E1.2's table (tables/racketeering_travel.toml), which §2E1.3's and §2E1.4's
share in part."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class ApplyTheGreater(Common):
    """One version of "(a) Base Offense Level (Apply the greater): (1) N; or (2) the offense
    level applicable to the underlying ..." and its notes."""

    heading: str = Field(min_length=1)  # "Base Offense Level (Apply the greater):"
    minimum: int = Field(ge=1, le=43)  # (a)(1)
    text_a2: str = Field(min_length=1)
    note_minimum: str | None = None  # the note on the alternative minimum (if the edition has it)


class RacketeeringTravel(ApplyTheGreater):
    """One version of §2E1.2(a) and its Notes 1 and 3."""

    note_1: str = Field(min_length=1)  # more than one underlying offense
    note_1_compares: bool  # Note 1 compares (a)(1) and (a)(2) after Chapter Three (from 1988)


SCHEMAS = {"racketeering_travel": RacketeeringTravel}
