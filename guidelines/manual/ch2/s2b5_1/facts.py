"""The facts §2B5.1 reads (the case file's ``[offense.counterfeiting]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money

#: §2B5.1(b)(2)'s kinds of conduct, in the words of the Manual: (A) the first two (the whole
#: paragraph until Nov. 1, 2001), (B)(i)-(iii) the others (Amendment 618, Nov. 1, 2001; the
#: bleached currency paper, (B)(ii), Amendment 731, Nov. 1, 2009)
Conduct = Literal["manufactured_or_produced", "counterfeiting_device_or_materials",
                  "paper_similar_to_distinctive_paper", "bleached_currency_paper",
                  "feature_identical_to_counterfeit_deterrent"]


class CounterfeitingFacts(Strict):
    """§2B5.1 (Offenses Involving Counterfeit Bearer Obligations of the United States)."""

    face_value: Money = Field(
        description="(b)(1): the face value of the counterfeit items, in dollars (\"$12,000\"): "
        "over $2,000 (from Nov. 1, 2015 $2,500) the levels of the loss table of §2F1.1 "
        "(until Oct. 31, 2001) or, from Nov. 1, 2001, 1 level up to $5,000 ($6,500) and the "
        "§2B1.1 table above it, each table as in force on the same date.")
    counterfeiting_conduct: list[Conduct] = Field(
        [], description="(b)(2): what the defendant did, in the Manual's words: "
        "\"manufactured_or_produced\" any counterfeit obligation or security of the United "
        "States, \"counterfeiting_device_or_materials\" (possessed or had custody of or "
        "control over a counterfeiting device or materials used for counterfeiting) - until "
        "Oct. 31, 2001 the whole paragraph, at least level 15; from Nov. 1, 2001 (A): +2 and, "
        "(b)(3), at least level 15; (B), +2 (from Nov. 1, 2001, Amendment 618; an error "
        "before): \"paper_similar_to_distinctive_paper\", "
        "\"feature_identical_to_counterfeit_deterrent\" and, from Nov. 1, 2009 (Amendment "
        "731), \"bleached_currency_paper\" (genuine United States currency paper from which "
        "the ink or other distinctive counterfeit deterrent has been completely or partially "
        "removed). +2 once, whatever number of kinds.")
    dangerous_weapon_possessed: bool = Field(
        False, description="(b)(3) (from Nov. 1, 1995, Amendment 513), (b)(4) (from Nov. 1, "
        "2001): a dangerous weapon (including a firearm) was possessed in connection with the "
        "offense: +2, and at least level 13; an error before.")
    committed_outside_united_states: bool = Field(
        False, description="(b)(4) (from Nov. 1, 1997, Amendment 554), (b)(5) (from Nov. 1, "
        "2001): any part of the offense was committed outside the United States: +2; an "
        "error before.")
