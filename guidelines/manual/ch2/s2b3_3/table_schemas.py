"""The schema of §2B3.3's table (tables/blackmail.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference


class Amount(Closed):
    """(b)(1): "(A) exceeded $2,500 but did not exceed $6,500, increase by 1 level; or (B)
    exceeded $6,500, increase by the number of levels from the table in §2B1.1" (before Nov.
    1, 2001: "exceeded $2,000, increase by the corresponding number of levels from the table
    in §2F1.1", no one-level band)."""

    paragraph: str
    table: str  # the guideline whose loss table (B) reads: "§2B1.1" or "§2F1.1"
    one_level_more_than: str | None = None  # "$2,500"
    table_more_than: str  # "$6,500"
    one_level: int | None = None
    text: str


class Blackmail(Common):
    base_level: int
    base_text: str
    amount: Amount
    official_right_cross_reference: CrossReference | None = None  # from Amendment 479
    force_cross_reference: CrossReference | None = None


SCHEMAS = {"blackmail": Blackmail}
