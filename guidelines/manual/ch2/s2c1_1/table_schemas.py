"""The schema of §2C1.1's table (tables/bribery.toml), checked when it is loaded."""

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Kinds, Paragraph

#: the case-file keys of the amounts (b)(2) compares, as each edition names them
Amount = Literal["payment", "benefit", "obtained_by_official", "loss_to_government"]


class BaseClause(Closed):
    """(a)(1) or (a)(2) (from Nov. 1, 2004): "14, if the defendant was a public official"."""

    key: Literal["public_official", "otherwise"]
    clause: str
    level: int
    text: str


class Value(Closed):
    """The value of the payment (or benefit, ...), whichever is greatest: (A) 1 level over
    ``one_level_more_than`` up to ``table_more_than`` (Nov. 1, 2001 - Oct. 31, 2004); over
    ``table_more_than`` the levels of §2F1.1's or §2B1.1's loss table."""

    paragraph: str
    table: Literal["§2F1.1", "§2B1.1"]
    amounts: list[Amount]
    one_level_more_than: str | None = None
    table_more_than: str
    one_level: int | None = None
    text: str


class HighLevel(Paragraph):
    """An elected official or an official in a high-level decision-making or sensitive
    position: +8 (until Nov. 1, 2004), +4 and at least level 18 (from Nov. 1, 2004)."""

    floor: int | None = None


class GreaterOf(Closed):
    """Until Nov. 1, 2004 the value and the high-level official are alternatives."""

    words: str


class AbuseOfTrust(Closed):
    """The note on §3B1.3: not applied with §2C1.1 (until Nov. 1, 2004: unless a cross
    reference determined the offense level)."""

    note: str
    text: str
    unless_cross_reference: bool


class Bribery(Common):
    base_level: int | None = None  # until Nov. 1, 2004
    base_text: str
    base_clauses: list[BaseClause] | None = None  # from Nov. 1, 2004
    more_than_one: Paragraph | None = None  # from Nov. 1, 1989
    value: Value
    high_level: HighLevel
    greater_of: GreaterOf | None = None  # until Nov. 1, 2004
    facilitated: Kinds | None = None  # from Nov. 1, 2004
    accessory_cross_reference: CrossReference | None = None  # until Nov. 1, 1991
    facilitating_cross_reference: CrossReference | None = None  # from Nov. 1, 1991
    concealing_cross_reference: CrossReference | None = None  # from Nov. 1, 1991
    threat_cross_reference: CrossReference
    abuse_of_trust: AbuseOfTrust
    fines: CrossReference | None = None  # (d), from Nov. 1, 1991


SCHEMAS = {"bribery": Bribery}
