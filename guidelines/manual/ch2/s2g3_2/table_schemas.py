"""The shape of §2G3.2's table (tables/obscene_communications.toml), checked when it is
loaded."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import Paragraph


class VolumeOfCommerce(Closed):
    """(b)(2): "If 6 plus the offense level from the table ... corresponding to the volume of
    commerce attributable to the defendant is greater than the offense level determined above,
    increase to that offense level"."""

    paragraph: str
    text: str
    plus: int = Field(ge=0)
    table: str  # the loss table the words name
    table_section: str  # "§2F1.1(b)(1)", "§2B1.1(b)(1)"


class ObsceneCommunications(Common):
    """One version of §2G3.2: the former guideline of 1987-1989 (a level, no characteristic)
    or the one Amendment 164 inserted."""

    heading: str  # the guideline's title in the edition
    base_level: int
    base_text: str
    minor_or_broadcast: Paragraph | None = None
    volume_of_commerce: VolumeOfCommerce | None = None


SCHEMAS = {"obscene_communications": ObsceneCommunications}
