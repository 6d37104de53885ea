"""The facts §2Q2.1 (Offenses Involving Fish, Wildlife, and Plants) reads: the case file's
``[offense.wildlife]``. A finding the edition in force does not read is refused, naming it
(the rules check; tables/wildlife.toml)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.nested_facts import import_all

import_all()  # §2B1.5's facts nest §2K1.4's, which nest §2B1.1's: all built together

from ussg.guidelines.manual.ch2.s2b1_5.facts import CulturalHeritageFacts  # noqa: E402

Protected = Literal["substantial_quantity", "depleted_marine_mammals",
                    "endangered_or_threatened", "cites_appendix_i"]

#: the case file's keys of (b)(1) and (b)(2), each a kind the edition's paragraph names
COMMERCIAL = ("commercial_purpose", "pecuniary_gain", "pattern_of_similar_violations")
QUARANTINE = ("not_quarantined", "risk_of_infestation_or_disease")


class WildlifeFacts(Strict):
    """§2Q2.1: the findings (all optional)."""

    commercial_purpose: bool = Field(
        False, description="(b)(1), +2: the offense involved a commercial purpose (comment. "
        "(n.2) from Nov. 1, 1992: acquisition for display to the public).")
    pecuniary_gain: bool = Field(
        False, description="(b)(1)(A) from Nov. 1, 1992 (Amendment 452), +2: the offense was "
        "committed for pecuniary gain (comment. (n.1)); an error before.")
    pattern_of_similar_violations: bool = Field(
        False, description="(b)(1)(B) from Nov. 1, 1992 (Amendment 452), +2: the offense "
        "involved a pattern of similar violations; an error before. (b)(1) applies once.")
    not_quarantined: bool = Field(
        False, description="(b)(2), +2: the offense involved fish, wildlife, or plants that "
        "were not quarantined as required by law.")
    risk_of_infestation_or_disease: bool = Field(
        False, description="(b)(2)(B) from Nov. 1, 1992 (Amendment 452), +2: the offense "
        "otherwise created a significant risk of infestation or disease transmission "
        "potentially harmful to humans, fish, wildlife, or plants; an error before. (b)(2) "
        "applies once.")
    market_value: Money | None = Field(
        None, description="(b)(3)(A): the market value of the fish, wildlife, or plants, in "
        "dollars (comment. (n.4) from 1992: the fair-market retail price): until Oct. 31, 2001 "
        "over $2,000 the levels of §2F1.1's loss table; from Nov. 1, 2001 1 level over $2,000 "
        "up to $5,000 and §2B1.1's table above it (from Nov. 1, 2015 $2,500 and $6,500); each "
        "table as in force on the same date. The greater of (A) and (B) applies.")
    protected: Protected | None = Field(
        None, description="(b)(3)(B), +4: before Nov. 1, 1992 \"substantial_quantity\" (a "
        "quantity substantial in relation either to the overall population of the species or "
        "to a discrete subpopulation); from Nov. 1, 1992 (Amendment 452) "
        "\"depleted_marine_mammals\" (i), \"endangered_or_threatened\" (ii) or "
        "\"cites_appendix_i\" (iii). A word the edition does not have is an error.")
    cultural_heritage: CulturalHeritageFacts | None = Field(
        None, description="(c)(1) from Nov. 1, 2002 (Amendment 638): the offense involved a "
        "cultural heritage resource (from Nov. 1, 2011, Amendment 758, or a paleontological "
        "resource): the §2B1.5 findings ([offense.cultural_heritage]'s keys), applied if "
        "greater; an error before 2002.")
    cultural_heritage_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="(c)(1) instead of cultural_heritage: the §2B1.5 level as "
        "determined (a cultural heritage resource; stated, not computed).")

    @model_validator(mode="after")
    def _one_way(self) -> WildlifeFacts:
        if self.cultural_heritage is not None and self.cultural_heritage_level is not None:
            raise ValueError("give the §2B1.5 findings (cultural_heritage) or its level as "
                             "determined (cultural_heritage_level), not both")
        return self
