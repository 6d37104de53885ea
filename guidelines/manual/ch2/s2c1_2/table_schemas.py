"""The schema of §2C1.2's table (tables/gratuity.toml), checked when it is loaded."""

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    CrossReference, Kinds, NotInEdition, Paragraph)


class BaseLevel(Closed):
    """A subsection of (a): "all" (the single 7 until Nov. 1, 2004), then "public_official"
    ((a)(1), 11) or "otherwise" ((a)(2), 9)."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    applies_to: Literal["all", "public_official", "otherwise"]
    text: str


class Value(Closed):
    """The value of the gratuity: over ``table_more_than`` the levels of the loss table
    ``table`` names (of the same date); Nov. 1, 2001 - Oct. 31, 2004 also ``one_level`` over
    ``one_level_more_than`` (the shape ``offense_characteristics.amount_band`` reads)."""

    paragraph: str
    table: Literal["§2F1.1", "§2B1.1"]
    table_more_than: str
    one_level_more_than: str | None = None
    one_level: int | None = None
    text: str


class HighLevel(Paragraph):
    """An elected official or an official in a high-level decision-making or sensitive
    position: +8 (until Nov. 1, 2004), +4 and at least level 15 (from Nov. 1, 2004)."""

    floor: int | None = Field(None, ge=1, le=43)


class GreaterOf(Closed):
    """Until Nov. 1, 2004 the value and the high-level official are alternatives."""

    words: str


class AbuseOfTrust(Closed):
    """The note "Do not apply the adjustment in §3B1.3"."""

    note: str
    text: str


class Gratuity(Common):
    base_levels: list[BaseLevel] = Field(min_length=1)
    more_than_one: Paragraph | NotInEdition  # (b)(1) from Nov. 1, 1989 (Amendment 121)
    value: Value
    high_level: HighLevel
    greater_of: GreaterOf | None = None  # until Nov. 1, 2004
    facilitated: Kinds | NotInEdition  # (b)(4) from Nov. 1, 2004 (Amendment 666)
    abuse_of_trust: AbuseOfTrust
    fines: CrossReference | None = None  # (c), from Nov. 1, 1991 (not applied)


SCHEMAS = {"gratuity": Gratuity}
