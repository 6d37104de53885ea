"""The schema of §2B1.4's table (tables/insider_trading.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition
from ussg.guidelines.manual.ch2.s2b5_1.table_schemas import FaceValue


class Organized(Closed):
    """(b)(2): "... and the offense level determined above is less than level 14, increase to
    level 14"."""

    paragraph: str
    minimum: int = Field(ge=1, le=43)
    text: str


class InsiderTrading(Common):
    base_level: int = Field(ge=1, le=43)
    base_text: str
    gain: FaceValue  # (b)(1): the §2B1.1 table over an amount
    organized: Organized | NotInEdition


SCHEMAS = {"insider_trading": InsiderTrading}
