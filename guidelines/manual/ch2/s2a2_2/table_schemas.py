"""The schema of §2A2.2's table (tables/aggravated_assault.toml), checked when it is loaded."""

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.offense_characteristics import (Alternatives, Cap,
                                                                NotInEdition, Paragraph)


class AggravatedAssault(Common):
    base_level: int
    base_text: str
    planning: Paragraph
    weapon: Alternatives
    bodily_injury: Alternatives
    cap: Cap
    strangling: Paragraph | NotInEdition
    strangling_cap: Cap | None = None
    payment: Paragraph
    protection_order: Paragraph | NotInEdition  # (b)(5) from Nov. 1, 1997 (Amendment 549)
    statutory: Paragraph | NotInEdition  # from Nov. 1, 2004 (Amendment 663)


SCHEMAS = {"aggravated_assault": AggravatedAssault}
