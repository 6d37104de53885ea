"""The schema of §2A5.2's table (tables/flight_crew_interference.toml), checked when it is
loaded."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, NotInEdition)


class Level(Closed):
    paragraph: str
    level: int = Field(ge=1, le=43)
    text: str


class AssaultLevel(Closed):
    """(a)(3): the level from the most analogous of the assault guidelines it names."""

    paragraph: str
    text: str
    guidelines: list[str]


class Floor(Closed):
    """(b)(1)'s last sentence: "If the resulting offense level is less than level 24,
    increase to level 24.\""""

    level: int = Field(ge=1, le=43)
    text: str


class FlightCrewInterference(Common):
    heading: str  # "Base Offense Level (Apply the greatest):"
    intentional: Level  # (a)(1)
    reckless: Level  # (a)(2)
    safety_of: list[str]  # the case file's words for what (a)(1) and (a)(2) name
    assault: AssaultLevel  # (a)(3)
    otherwise: Level  # (a)(4)
    weapon: Alternatives | NotInEdition  # (b)(1) from Nov. 1, 2002 (Amendment 637)
    weapon_floor: Floor | None = None
    homicide: CrossReference | NotInEdition  # (c)(1) from Nov. 1, 2002
    wmd: CrossReference | NotInEdition  # (c)(2) from Nov. 1, 2002


SCHEMAS = {"flight_crew_interference": FlightCrewInterference}
