"""The shape of §2H4.1's table (tables/peonage.toml), checked when it is loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import Alternatives, NotInEdition


class BaseLevel(Closed):
    """A level of (a): "all" (the single 22 of May 1, 1997 - Apr. 30, 2001), "otherwise"
    ((a)(1): 15 before May 1, 1997, then 22) or "conviction" ((a)(2), 18, for the convictions
    ``kinds`` names: 18 U.S.C. § 1592 from May 1, 2001; § 1593A based on § 1592 from Nov. 1,
    2009)."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    applies_to: Literal["all", "otherwise", "conviction"]
    kinds: list[str] = []
    text: str


class Underlying(Closed):
    """Before May 1, 1997, (a)(2): "2 plus the offense level applicable to any underlying
    offense", the greater of it and (a)(1)."""

    paragraph: str
    plus: int
    text: str


class HeldClause(Closed):
    """One clause of (b)(3): ``key`` "more_than_one_year" (A), "one_year_or_less" (B, from
    ``at_least_days``) or "less_than_180_days" (C, more than ``more_than_days``)."""

    key: Literal["more_than_one_year", "one_year_or_less", "less_than_180_days"]
    clause: str
    levels: int = Field(ge=1)
    at_least_days: int | None = None
    more_than_days: int | None = None
    text: str


class Held(Closed):
    """(b)(3): "If any victim was held in a condition of peonage or involuntary servitude for
    (A) more than one year, increase by 3 levels; (B) between 180 days and one year, increase
    by 2 levels; or (C) more than 30 days but less than 180 days, increase by 1 level"."""

    paragraph: str
    text: str
    clauses: list[HeldClause]


class OtherOffense(Closed):
    """(b)(4): "increase to the greater of: (A) 2 plus the offense level as determined above,
    or (B) 2 plus the offense level from the offense guideline applicable to that other
    offense, but in no event greater than level 43"."""

    paragraph: str
    plus: int
    ceiling: int = Field(ge=1, le=43)
    text: str


class Peonage(Common):
    heading: str  # (a)'s heading, as the edition has it
    base_levels: list[BaseLevel]
    underlying: Underlying | NotInEdition  # (a)(2) before May 1, 1997
    conviction_note: str | None = None  # the reading of "(Apply the greater)", 2001-2009
    bodily_injury: Alternatives | NotInEdition  # (b)(1) from May 1, 1997 (Amendment 542)
    weapon: Alternatives | NotInEdition  # (b)(2); (B) from May 1, 2001 (Amendment 612)
    held: Held | NotInEdition  # (b)(3)
    other_offense: OtherOffense | NotInEdition  # (b)(4)


SCHEMAS = {"peonage": Peonage}
