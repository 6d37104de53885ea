"""The schema of §2A4.2's table (tables/ransom_money.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, NotInEdition


class RansomMoney(Common):
    base_level: int = Field(ge=1, le=43)
    base_text: str
    kidnapping_cross_reference: CrossReference | NotInEdition  # from Nov. 1, 1993 (Amendment 479)


SCHEMAS = {"ransom_money": RansomMoney}
