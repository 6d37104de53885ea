"""The schema of §2D2.1's table (tables/drug_possession.toml)."""

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed
from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions


class CrossReference(Closed):
    """A cross reference of (b): to §2D1.1 for possession of more than ``more_than`` of
    cocaine base (Nov. 1, 1989 - Oct. 31, 2010), or to §2P1.2 in a prison (from 1995)."""

    paragraph: str = Field(min_length=1)
    text: str = Field(min_length=1)
    kind: Literal["cocaine_base", "prison"]
    more_than: str | None = None  # "5 g"


class Possession(LevelOptions):
    """A version of §2D2.1: (a)'s options, the case file's substances under each option's
    category in that edition, and (b)'s cross references."""

    substances: dict[str, list[str]] = {}
    cross_references: list[CrossReference] = []


SCHEMAS = {"drug_possession": Possession}
