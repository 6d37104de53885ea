"""The schema of §2B3.2's table (tables/extortion_by_force.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, Cap, CrossReference, Paragraph)


class Demand(Closed):
    """(b)(2): "If the greater of the amount demanded or the loss to the victim exceeded
    $20,000, increase by the corresponding number of levels from the table in §2B3.1(b)(7)"."""

    paragraph: str
    more_than: str  # "$20,000", as the paragraph prints it
    text: str


class Extortion(Common):
    base_level: int
    base_text: str
    threat: Paragraph
    demand: Demand
    weapon: Alternatives
    bodily_injury: Alternatives
    cap: Cap
    abduction_or_restraint: Alternatives
    murder_cross_reference: CrossReference
    attempted_murder_cross_reference: CrossReference


SCHEMAS = {"extortion_by_force": Extortion}
