"""The schema of §2B3.3's table (tables/blackmail.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference


class Amount(Closed):
    """(b)(1): "(A) exceeded $2,500 but did not exceed $6,500, increase by 1 level; or (B)
    exceeded $6,500, increase by the number of levels from the table in §2B1.1"."""

    paragraph: str
    one_level_more_than: str  # "$2,500"
    table_more_than: str  # "$6,500"
    one_level: int
    text: str


class Blackmail(Common):
    base_level: int
    base_text: str
    amount: Amount
    official_right_cross_reference: CrossReference
    force_cross_reference: CrossReference


SCHEMAS = {"blackmail": Blackmail}
