"""The schema of §2G2.1's table (tables/child_exploitation_production.toml)."""

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, Kinds, Paragraph)


class Production(Common):
    base_level: int
    base_text: str
    age: Alternatives
    # from Nov. 1, 2004 (Amendment 664): (b)(2)-(b)(4) and the cross reference
    sexual_conduct: Alternatives | None = None
    distribution: Paragraph | None = None
    portrayal: Kinds | None = None
    custodian: Paragraph | None = None  # from Nov. 1, 1990 (Amendment 324)
    # from Nov. 1, 2004 (Amendment 664): "If the enhancement in subsection (b)(5) applies, do
    # not apply §3B1.3" (comment. (n.3(B)), (n.5(B)) from 2016)
    custodian_note: str | None = None
    misrepresentation_or_computer: Kinds | None = None  # from Nov. 1, 1996 (Amendment 537)
    murder_cross_reference: CrossReference | None = None
    more_than_one_minor: CrossReference | None = None  # from Nov. 1, 1990 (Amendment 324)


SCHEMAS = {"child_exploitation_production": Production}
