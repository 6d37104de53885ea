"""The schema of §2A3.4's table (tables/abusive_sexual_contact.toml), checked when it is
loaded."""

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, Kinds, NotInEdition, Paragraph)

Means = Literal["all", "2241", "2242", "otherwise"]


class BaseLevel(Closed):
    """A subsection of (a): "all" (the single level 6 before Nov. 1, 1989); then "2241"
    ((a)(1): conduct described in, or the means set forth in, 18 U.S.C. § 2241(a) or (b)),
    "2242" ((a)(2): § 2242) or "otherwise" ((a)(3))."""

    paragraph: str
    level: int
    applies_to: Means
    text: str


class UnderTwelve(Paragraph):
    """(b)(1): "increase by 4 levels; but if the resulting offense level is less than
    ``floor``, increase to level ``floor``"."""

    floor: int


class Conditional(Paragraph):
    """(b)(2): applies only where the base offense level is one of ``requires`` ("If the base
    offense level is determined under subsection (a)(1) or (2), and ...")."""

    requires: list[Means]


class AbusiveSexualContact(Common):
    base_levels: list[BaseLevel]
    # before Nov. 1, 1989: (b)(1) +9 (§ 2241) and (b)(2) +4 (§ 2242), keyed "2241a_or_b" and
    # "2242"; the paragraph "(b)" and each clause "(1)", "(2)"
    means: Alternatives | None = None
    under_twelve: UnderTwelve | NotInEdition  # (b)(1) from Nov. 1, 1989 (Amendment 95)
    twelve_to_sixteen: Conditional | NotInEdition  # (b)(2) from Nov. 1, 1989
    custody: Kinds | NotInEdition  # (b)(3) from Nov. 1, 1991 (Amendment 392)
    misrepresentation: Paragraph | NotInEdition  # (b)(4) from Nov. 1, 2000 (Amendment 592)
    computer: Paragraph | NotInEdition  # (b)(5) from Nov. 1, 2000
    chapter_117: Paragraph | NotInEdition  # (b)(6) Nov. 1, 2001 - Oct. 31, 2004 (615, 664)
    sexual_abuse_cross_reference: CrossReference | NotInEdition  # (c)(1) from 1992 (444)
    statutory_rape_cross_reference: CrossReference | NotInEdition  # (c)(2) from 1992
    trust_note: CrossReference | None = None  # no §3B1.3 with (b)(3), from 1991 (392)


SCHEMAS = {"abusive_sexual_contact": AbusiveSexualContact}
