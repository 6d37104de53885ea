"""The schema of §2A6.1's table (tables/threatening_communications.toml), checked when it is
loaded."""

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    CrossReference, Kinds, NotInEdition, Paragraph)

#: What the reduction for a single instance evidencing little or no deliberation requires not
#: to apply, by the table's names: "base_223" ((a)(2)) and the characteristics' entries.
Excluded = Literal["base_223", "intent", "multiple", "protection_order", "disruption",
                   "public_threat"]


class BaseLevel(Closed):
    """A subsection of (a): "all" (the single level 12 before Nov. 1, 1997), "otherwise"
    ((a)(1), 12) or "223" ((a)(2), 6: a conviction under 47 U.S.C. § 223(a)(1)(C), (D), or
    (E) that did not involve a threat to injure a person or property)."""

    paragraph: str
    level: int
    applies_to: Literal["all", "223", "otherwise"]
    text: str


class Reduction(Paragraph):
    """The decrease for "a single instance evidencing little or no deliberation", applied
    only where none of ``unless`` applies ((b)(2) before Nov. 1, 1997: "If specific offense
    characteristic §2A6.1(b)(1) does not apply"; from then "If (A) subsection (a)(2) and
    subdivisions (1), ... do not apply"). ``levels`` is negative."""

    unless: list[Excluded]


class ThreateningCommunications(Common):
    base_levels: list[BaseLevel]
    intent: Paragraph  # (b)(1), +6
    multiple: Kinds | NotInEdition  # (b)(2) from Nov. 1, 1997 (Amendment 549)
    protection_order: Paragraph | NotInEdition  # (b)(3) from Nov. 1, 1997
    disruption: Kinds | NotInEdition  # (b)(4) from Nov. 1, 2002 (Amendment 637)
    public_threat: Paragraph | NotInEdition  # (b)(5) from Nov. 1, 2009 (Amendment 729)
    single_instance: Reduction  # (b)(2) 1987, (b)(4) 1997, (b)(5) 2002, (b)(6) 2009
    wmd_cross_reference: CrossReference | NotInEdition  # (c)(1) from Nov. 1, 2006 (686)
    # comment. (n.2) from Nov. 1, 2008 (Amendment 718): "If the defendant is convicted under
    # 18 U.S.C. § 1521, apply §3A1.2 (Official Victim)."
    official_victim_note: CrossReference | NotInEdition


SCHEMAS = {"threatening_communications": ThreateningCommunications}
