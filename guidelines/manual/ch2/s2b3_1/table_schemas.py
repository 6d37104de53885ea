"""The schema of §2B3.1's table (tables/robbery.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, Cap, CrossReference, Paragraph)


class LossRow(Closed):
    clause: str  # "(B)"
    more_than: str | None = None  # "$20,000": the row applies to a loss of more than this
    at_least: str | None = None  # "$2,501": the original table's rows are whole-dollar ranges
    words: str | None = None  # the row's words where they are not "more than ..."
    levels: int

    @model_validator(mode="after")
    def _one_bound(self) -> LossRow:
        if (self.more_than is None) == (self.at_least is None):
            raise ValueError("a row has more_than or at_least")
        return self


class LossMinimum(Closed):
    """Nov. 1, 1987 - Oct. 31, 1989: "Treat the loss for a financial institution or post
    office as at least $5,000."""

    amount: str
    text: str


class LossTable(Closed):
    paragraph: str
    text: str
    none: str  # the (A) row: "$20,000 or less no increase"
    rows: list[LossRow]
    minimum: LossMinimum | None = None


class Robbery(Common):
    base_level: int
    base_text: str
    financial_institution: Paragraph | None = None  # from Nov. 1, 1989 (Amendment 110)
    # Nov. 1, 1993 - Oct. 31, 1997 (Amendment 483): (b)(1) "(A) ... or (B) the offense
    # involved carjacking, increase by 2 levels", one increase for either or both
    financial_institution_or_carjacking: Paragraph | None = None
    weapon: Alternatives
    bodily_injury: Alternatives
    cap: Cap
    abduction_or_restraint: Alternatives
    carjacking: Paragraph | None = None  # its own paragraph from Nov. 1, 1997 (Amendment 545)
    item_taken: Paragraph
    loss: LossTable
    murder_cross_reference: CrossReference | None = None  # from Nov. 1, 1993 (Amendment 483)


SCHEMAS = {"robbery": Robbery}
