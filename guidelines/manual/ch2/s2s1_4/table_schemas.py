"""The shape of §2S1.4's table (tables/currency_monetary_instrument_report.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import Paragraph


class ValueIncrease(Closed):
    """(b)(3): the value of the funds by §2S1.1(b)(2)'s table."""

    paragraph: str
    text: str


class MonetaryInstrumentReport(MayNotExist):
    """One version of §2S1.4."""

    text: str | None = None  # exists = false: why
    base_level: int | None = Field(None, ge=1, le=43)
    base_text: str | None = None
    criminally_derived: Paragraph | None = None
    promote: Paragraph | None = None
    value_increase: ValueIncrease | None = None


SCHEMAS = {"currency_monetary_instrument_report": MonetaryInstrumentReport}
