"""The schema of §2D1.12's table (tables/prohibited_equipment.toml)."""

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed
from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions


class Increase(Closed):
    """One specific offense characteristic of (b): the fact it asks for and its levels."""

    paragraph: str = Field(min_length=1)
    text: str = Field(min_length=1)
    requires: str = Field(min_length=1)
    levels: int = Field(ge=1, le=10)


class ProhibitedEquipment(LevelOptions):
    """A version of §2D1.12: (a)'s options, (b)'s characteristics, (c)(1)'s words."""

    characteristics: list[Increase] = []
    cross_reference: str | None = None
    # "(b)(1)" until Amendment 558 (Nov. 1, 1997) redesignated it "(c)(1)"
    cross_reference_paragraph: str | None = Field(None, min_length=1)


SCHEMAS = {"prohibited_equipment": ProhibitedEquipment}
