"""The schemas of §2D1.10's tables (tables/endangering_life_manufacturing.toml and
tables/endangering_life_methamphetamine.toml)."""

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions


class Increase(Closed):
    """One clause of §2D1.10(b)(1): an increase and the level it raises to at least."""

    paragraph: str = Field(min_length=1)  # "(b)(1)(A)"
    text: str = Field(min_length=1)
    requires: list[str] = Field(min_length=1)  # the facts it asks for, all of them
    levels: int = Field(ge=1, le=10)
    at_least: int = Field(ge=1, le=43)


class ManufactureIncrease(MayNotExist):
    """A version of §2D1.10(b)(1) ("Apply the greater")."""

    text: str | None = None
    clauses: list[Increase] = []


SCHEMAS = {"endangering_life_manufacturing": LevelOptions,
           "endangering_life_methamphetamine": ManufactureIncrease}
