"""The schema of §2A3.3's table (tables/sexual_abuse_of_ward.toml), checked when it is
loaded."""

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    CrossReference, NotInEdition, Paragraph)


class SexualAbuseOfWard(Common):
    base_level: int  # (a): 9, 12 from Nov. 1, 2004, 14 from 2007, 18 from 2023
    base_text: str
    misrepresentation: Paragraph | NotInEdition  # (b)(1) from Nov. 1, 2000 (Amendment 592)
    computer: Paragraph | NotInEdition  # (b)(2) from Nov. 1, 2000
    sexual_abuse_cross_reference: CrossReference | NotInEdition  # (c)(1) from 2023 (816)
    trust_note: CrossReference | None = None  # "Do not apply §3B1.3", from 2007 (701)


SCHEMAS = {"sexual_abuse_of_ward": SexualAbuseOfWard}
