"""The schema of §2B3.2's table (tables/extortion_by_force.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, Cap, CrossReference, NotInEdition, Paragraph)


class Demand(Closed):
    """(b)(2): "If the greater of the amount demanded or the loss to the victim exceeded
    $20,000, increase by the corresponding number of levels from the table in §2B3.1(b)(7)"."""

    paragraph: str
    more_than: str  # "$20,000", as the paragraph prints it
    text: str
    # the paragraph of §2B3.1 the words name, where it is not the loss table's own number
    # in the same Manual: Nov. 1, 1997 - Oct. 31, 1998 "(b)(6)" (Amendment 586 corrected it
    # to "(b)(7)"), applied as printed: shown "not applied"
    names: str | None = None
    # the facts whose greater is read: before Nov. 1, 1991 "the amount obtained or demanded"
    amounts: list[str] = ["amount_demanded", "loss_to_victim"]
    # Nov. 1, 1990 - Oct. 31, 1991 the words name §2B2.1(b)(2)'s table (Amendment 316): read
    # in tables/burglary_loss_table.toml of the same date
    burglary_table: bool = False


class Extortion(Common):
    base_level: int
    base_text: str
    threat: Paragraph | NotInEdition  # (b)(1) from Nov. 1, 1991 (Amendment 366)
    demand: Demand
    weapon: Alternatives
    bodily_injury: Alternatives
    cap: Cap
    abduction_or_restraint: Alternatives
    murder_cross_reference: CrossReference | NotInEdition  # from Nov. 1, 1993 (Amendment 479)
    attempted_murder_cross_reference: CrossReference | NotInEdition  # from Nov. 1, 1991


SCHEMAS = {"extortion_by_force": Extortion}
