"""The schema of §2A3.1's table (tables/criminal_sexual_abuse.toml), checked when it is
loaded."""

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, Kinds, NotInEdition, Paragraph)


class BaseLevel(Closed):
    """A subsection of (a): "all" (the single level before Nov. 1, 2007), "2241c" ((a)(1): a
    conviction under 18 U.S.C. § 2241(c)) or "otherwise" ((a)(2))."""

    paragraph: str
    level: int
    applies_to: Literal["all", "2241c", "otherwise"]
    text: str


class Conditional(Alternatives):
    """Alternatives that apply only where the base level is one of ``requires`` ([] = any):
    (b)(2) from Nov. 1, 2007, "If subsection (a)(2) applies and ..."."""

    requires: list[str]


class SpecialInstruction(CrossReference):
    """(d)(1): the offense "shall be deemed to have an official victim" for the §3A1.2
    provision named: "status" (subsection (a), before Nov. 1, 2004) or "assault" ((c)(2))."""

    official_victim: Literal["status", "assault"]
    provision: Literal["§3A1.2(a)", "§3A1.2(c)(2)"]  # the subsection named, as the step cites it


class CriminalSexualAbuse(Common):
    base_levels: list[BaseLevel]
    means: Paragraph
    means_note: CrossReference | None = None  # comment. (n.2(B)) from Nov. 1, 2007
    victim_age: Conditional
    custody: Kinds
    bodily_injury: Alternatives
    abduction: Paragraph
    minor_enticement: Kinds | NotInEdition  # (b)(6) from Nov. 1, 2000 (Amendment 592)
    murder_cross_reference: CrossReference | NotInEdition  # (c)(1) from Nov. 1, 1993 (477)
    murder_only_if_greater: bool
    production_cross_reference: CrossReference | NotInEdition
    prison_official: SpecialInstruction | NotInEdition  # from Nov. 1, 1992 (Amendment 444)
    trust_note: CrossReference | None = None  # no §3B1.3 with (b)(3), from 1991 (Amendment 392)


SCHEMAS = {"criminal_sexual_abuse": CriminalSexualAbuse}
