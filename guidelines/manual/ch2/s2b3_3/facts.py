"""The facts §2B3.3 (Blackmail and Similar Forms of Extortion) reads: the case file's
``[offense.blackmail]``."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2b3_2.facts import ExtortionFacts
from ussg.guidelines.manual.ch2.s2c1_1.facts import BriberyFacts


class BlackmailFacts(Strict):
    """§2B3.3: the findings on the blackmail (all optional: level 9 without them)."""

    amount_obtained: Money | None = Field(
        None, description="§2B3.3(b)(1): the amount obtained, exact dollars (\"$7,000\"); "
        "the greater of it and amount_demanded is the amount (b)(1) reads.")
    amount_demanded: Money | None = Field(
        None, description="§2B3.3(b)(1): the amount demanded, exact dollars.")
    extortion_under_color_of_official_right: BriberyFacts | None = Field(
        None, description="§2B3.3(c)(1) (from Nov. 1, 1993): the offense involved extortion "
        "under color of official right: §2C1.1 applies; give its findings here (the keys of "
        "[offense.bribery]; an empty table for none).")
    extortion_by_force: ExtortionFacts | None = Field(
        None, description="§2B3.3(c)(2): the offense involved extortion by force or threat "
        "of injury or serious damage: §2B3.2 applies; give its findings here (the keys of "
        "[offense.extortion]; an empty table for none).")
