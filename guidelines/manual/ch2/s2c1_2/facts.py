"""The facts §2C1.2 (Offering, Giving, Soliciting, or Receiving a Gratuity) reads: the case
file's ``[offense.gratuity]``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money

#: (b)(4)'s kinds, the words §2C1.1(b)(4) uses too (its facts model is not imported here: a
#: case builds only the facts models of the tables it states)
Facilitated = Literal["entry", "immigration_document", "identification_document"]


class GratuityFacts(Strict):
    """§2C1.2 (Offering, Giving, Soliciting, or Receiving a Gratuity)."""

    public_official: bool = Field(
        False, description="(a)(1), from Nov. 1, 2004 (Amendment 666): the defendant was a "
        "public official (comment. (n.1), construed broadly): base 11, else (a)(2) 9; before, "
        "the base is 7 for every defendant and true is refused.")
    more_than_one_gratuity: bool = Field(
        False, description="(b)(1), from Nov. 1, 1989 (Amendment 121): the offense involved "
        "more than one gratuity (related payments that, in essence, constitute a single "
        "gratuity are one: comment. (n.2)), +2; refused before.")
    gratuity_value: Money | None = Field(
        None, description="The value of the gratuity, in dollars (\"$12,000\"): over $6,500 "
        "(from Nov. 1, 2015; $5,000 Nov. 1, 2001 - Oct. 31, 2015; $2,000 before) the levels of "
        "the §2B1.1 table (§2F1.1's before Nov. 1, 2001) of the same date; Nov. 1, 2001 - Oct. "
        "31, 2004 also +1 over $2,000 up to $5,000. Until Nov. 1, 2004 the greater of this and "
        "high_level_official.")
    high_level_official: bool = Field(
        False, description="From Nov. 1, 2004 (b)(3): the offense involved an elected public "
        "official or any public official in a high-level decision-making or sensitive "
        "position, +4 and at least level 15; before, (b)(2)(B) (1987: (b)(2)): the gratuity "
        "was given, or to be given, to an elected official or any official holding a "
        "high-level decision-making or sensitive position, +8, \"(If more than one applies, "
        "use the greater)\" with the value.")
    facilitated: list[Facilitated] = Field(
        [], description="(b)(4), from Nov. 1, 2004 (Amendment 666), +2 once: the defendant, "
        "a public official (public_official = true, else refused), facilitated \"entry\" into "
        "the United States for a person, a vehicle, or cargo, the obtaining of a passport or "
        "a document relating to naturalization, citizenship, legal entry, or legal resident "
        "status (\"immigration_document\"), or of a government identification document "
        "(\"identification_document\"); refused before.")
