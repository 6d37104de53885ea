"""The schema of §2A2.1's table (tables/attempted_murder.toml), checked when it is loaded."""

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, Cap, NotInEdition, Paragraph)


class BaseLevel(Closed):
    """A subsection of (a): "all" (the single level before Nov. 1, 1990), "first_degree"
    ((a)(1): the object of the offense would have constituted first degree murder) or
    "otherwise" ((a)(2))."""

    paragraph: str
    level: int
    applies_to: Literal["all", "first_degree", "otherwise"]
    text: str


class AttemptedMurder(Common):
    base_levels: list[BaseLevel]
    planning: Paragraph | NotInEdition  # (b)(1) until Nov. 1, 1990 (Amendment 311)
    weapon: Alternatives | NotInEdition  # (b)(2) until Nov. 1, 1990
    bodily_injury: Alternatives  # (b)(3) until Nov. 1, 1990, (b)(1) from it
    cap: Cap | None = None  # on (b)(2) and (b)(3) until Nov. 1, 1990
    payment: Paragraph | NotInEdition  # (b)(4) until Nov. 1, 1990
    pecuniary_value: Paragraph | NotInEdition  # (b)(2) from Nov. 1, 1990


SCHEMAS = {"attempted_murder": AttemptedMurder}
