"""The schema of §2A3.2's table (tables/statutory_rape.toml), checked when it is loaded."""

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    CrossReference, Kinds, NotInEdition, Paragraph)

Basis = Literal["all", "chapter_117", "chapter_117_sexual_act", "chapter_117_no_sexual_act",
                "otherwise"]


class BaseLevel(Closed):
    """A subsection of (a): "all" (the single 18 from Nov. 1, 2004); Nov. 1, 2000 - Oct. 31,
    2001 "chapter_117" ((a)(1), 18) or "otherwise" ((a)(2), 15); Nov. 1, 2001 - Oct. 31, 2004
    "chapter_117_sexual_act" ((a)(1), 24), "chapter_117_no_sexual_act" ((a)(2), 21) or
    "otherwise" ((a)(3), 18)."""

    paragraph: str
    level: int
    applies_to: Basis
    text: str


class Influence(Paragraph):
    """(b)(2): misrepresentation of identity or undue influence, once, "If subsection (b)(1)
    does not apply"; the clause of each ground as the edition numbers it."""

    misrepresentation: str
    undue_influence: str


class Decrease(Paragraph):
    """(b)(4), Nov. 1, 2000 - Oct. 31, 2004: "If (A) subsection (a)(1) applies; and (B) none
    of subsections (b)(1) through (b)(3) applies, decrease by N levels" (``levels`` negative;
    ``requires``: the basis of (a)(1))."""

    requires: Basis


class StatutoryRape(Common):
    base_levels: list[BaseLevel]
    custody: Kinds  # (b)(1)
    influence: Influence  # (b)(2)
    computer: Paragraph  # (b)(3)
    decrease: Decrease | NotInEdition  # (b)(4) Nov. 1, 2000 - Oct. 31, 2004 (592, 664)
    chapter_117_note: NotInEdition | None = None  # from Nov. 1, 2004: no chapter 117 level
    sexual_abuse_cross_reference: CrossReference  # (c)(1)
    trust_note: CrossReference  # no (b)(2) nor §3B1.3 with (b)(1)


SCHEMAS = {"statutory_rape": StatutoryRape}
