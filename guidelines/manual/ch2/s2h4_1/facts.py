"""The case file's ``[offense.peonage]``: the facts §2H4.1 (Peonage, Involuntary Servitude,
Slave Trade, and Child Soldiers) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Date, Strict
from ussg.guidelines.manual.ch2.offense_characteristics import BODILY_INJURY_WORDS, BodilyInjury


class PeonageFacts(Strict):
    """§2H4.1: the findings (all optional: none of them is the base offense level)."""

    convicted_under_1592: bool = Field(
        False, description="§2H4.1(a)(2)(A), 18 (from May 1, 2001, Amendment 612; refused "
        "before): the defendant was convicted of an offense under 18 U.S.C. § 1592.")
    convicted_under_1593a_based_on_1592: bool = Field(
        False, description="§2H4.1(a)(2)(B), 18 (from Nov. 1, 2009, Amendment 730; refused "
        "before): convicted under 18 U.S.C. § 1593A based on an act in violation of § 1592.")
    bodily_injury: BodilyInjury | None = Field(
        None, description="§2H4.1(b)(1) (from May 1, 1997, Amendment 542; refused before): "
        "\"permanent_or_life_threatening\" (A) +4, \"serious_bodily_injury\" (B) +2; a lesser "
        "degree, no increase (shown). " + BODILY_INJURY_WORDS)
    weapon: Literal["used", "brandished_or_threatened"] | None = Field(
        None, description="§2H4.1(b)(2) (from May 1, 1997): \"used\" (a firearm discharged, or "
        "a firearm or other dangerous weapon otherwise used: +2 to Apr. 30, 2001, (A) +4 "
        "from May 1, 2001), \"brandished_or_threatened\" ((B) +2, from May 1, 2001, Amendment "
        "612; refused before): a dangerous weapon brandished, or its use threatened.")
    weapon_was_firearm: bool = Field(
        False, description="With weapon: it was a firearm, so that §2K2.4's note leaves (b)(2) "
        "out when a § 924(c) count is sentenced with the offense.")
    held_from: Date | None = Field(
        None, description="§2H4.1(b)(3) (from May 1, 1997): the first day any victim was held "
        "in a condition of peonage or involuntary servitude (with held_until; the longest "
        "holding of any victim).")
    held_until: Date | None = Field(
        None, description="§2H4.1(b)(3): the day that holding ended. More than one year "
        "(after the same day of the next year; Feb. 29 read as Feb. 28) (A) +3; from 180 days "
        "to one year (B) +2; more than 30 days but less than 180 (C) +1.")
    other_offense_guideline: str | None = Field(
        None, description="Before May 1, 1997, §2H4.1(a)(2): the underlying offense (\"2 plus "
        "the offense level applicable to any underlying offense\", if greater than 15); from "
        "May 1, 1997, §2H4.1(b)(4): any other felony offense committed during the commission "
        "of, or in connection with, the offense (comment. (n.2): the most serious one): its "
        "guideline: \"2D1.1\" (from this count's drug facts, [offense] drugs), another "
        "guideline ussg computes, its facts in its own table of this count (\"2A2.2\" with "
        "[offense.aggravated_assault]), or \"other\" (give other_offense_level).")
    other_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="other_offense_guideline = \"other\": the offense level from the "
        "guideline applicable to that offense, as determined.")

    @model_validator(mode="after")
    def _check(self) -> PeonageFacts:
        if self.other_offense_guideline == "other" and self.other_offense_level is None:
            raise ValueError("other_offense_guideline = \"other\" needs other_offense_level")
        if self.other_offense_guideline != "other" and self.other_offense_level is not None:
            raise ValueError("other_offense_level is for other_offense_guideline = \"other\"; a "
                             "computed guideline's level comes from the facts")
        if (self.held_from is None) != (self.held_until is None):
            raise ValueError("held_from and held_until go together (§2H4.1(b)(3): how long "
                             "the victim was held)")
        if self.held_from is not None and self.held_until < self.held_from:
            raise ValueError("held_until is before held_from")
        if self.weapon_was_firearm and self.weapon is None:
            raise ValueError("weapon_was_firearm is said of the weapon: give weapon")
        if self.convicted_under_1592 and self.convicted_under_1593a_based_on_1592:
            raise ValueError("convicted_under_1592 and convicted_under_1593a_based_on_1592 "
                             "are the two clauses of §2H4.1(a)(2): give the one of conviction")
        return self
