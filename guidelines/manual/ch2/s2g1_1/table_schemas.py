"""The schema of §2G1.1's table (tables/commercial_sex.toml), checked when it is loaded."""

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, Kinds, NotInEdition, Paragraph)

Basis = Literal["all", "minor", "1591(b)(1)", "otherwise"]


class BaseLevel(Closed):
    """A subsection of (a): "all" (a single 14: 1987-1996, 2004-2007); "minor" ((a)(1), 19,
    2000-2004) or "1591(b)(1)" ((a)(1), 34, from 2007); "otherwise" ((a)(2), 14)."""

    paragraph: str
    level: int
    applies_to: Basis
    text: str


class Force(Kinds):
    """(b)(1): the kinds of conduct the edition names ("physical_force", "fraud",
    "coercion"); ``requires``: the subsection of (a) it needs (from 2007, "(A) subsection
    (a)(2) applies"); ``commercial_only``: 2000-2004, "(A) prostitution [a commercial sex
    act]"; ``convictions``: 2025, "(ii) the offense of conviction is 18 U.S.C.
    § 2421A(b)(2)"."""

    requires: Basis | None = None
    commercial_only: bool = False
    convictions: list[str] = []


class CommercialSex(Common):
    base_levels: list[BaseLevel]
    force: Force  # (b)(1)
    age: Alternatives | NotInEdition  # (b)(2), 2000-2004 (Amendments 592, 664)
    custodian: Paragraph | NotInEdition  # (b)(3), 2000-2004: only if (b)(2) applies
    influence: Paragraph | NotInEdition  # (b)(4), 2000-2004: only if (b)(3) does not
    computer: Kinds | NotInEdition  # (b)(5), 2000-2004
    production_cross_reference: CrossReference | NotInEdition  # (c)(1) 2000-2004: §2G2.1
    sexual_abuse_cross_reference: CrossReference | NotInEdition  # (c)(2)/(c)(1): §2A3.1
    minor_abuse_cross_reference: CrossReference | NotInEdition  # (c)(3) 2000-2004
    special_instruction: CrossReference | NotInEdition  # (c)(1) 1989-1996, (d)(1) from 2000


SCHEMAS = {"commercial_sex": CommercialSex}
