"""The schema of §2B3.1's table (tables/robbery.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, Cap, CrossReference, Paragraph)


class LossRow(Closed):
    clause: str  # "(B)"
    more_than: str  # "$20,000": the row applies to a loss of more than this
    levels: int


class LossTable(Closed):
    paragraph: str
    text: str
    none: str  # the (A) row: "$20,000 or less no increase"
    rows: list[LossRow]


class Robbery(Common):
    base_level: int
    base_text: str
    financial_institution: Paragraph
    weapon: Alternatives
    bodily_injury: Alternatives
    cap: Cap
    abduction_or_restraint: Alternatives
    carjacking: Paragraph
    item_taken: Paragraph
    loss: LossTable
    murder_cross_reference: CrossReference


SCHEMAS = {"robbery": Robbery}
