"""The shape of §2X5.1's table (tables/other_offenses.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class OtherOffenses(Common):
    """One version of §2X5.1."""

    heading: str = Field(min_length=1)  # "§2X5.1. Other Felony Offenses" as the edition has it
    text: str = Field(min_length=1)  # the first paragraph (before June 15, 1988: (a))
    where: str = ""  # "(a)" for the 1987 policy statement's subsection
    class_a_misdemeanor: bool  # "a felony or Class A misdemeanor" (until Oct. 31, 2006)
    # from Nov. 1, 2006 (Amendment 685): the second paragraph, 18 U.S.C. § 1841(a)(1)
    text_1841: str | None = None
    # from Nov. 1, 2006: comment. (n.3), "apply §2X5.2" for a Class A misdemeanor
    text_2x5_2: str | None = None


SCHEMAS = {"other_offenses": OtherOffenses}
