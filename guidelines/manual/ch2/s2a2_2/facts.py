"""The facts §2A2.2 (Aggravated Assault) reads: the case file's ``[offense.aggravated_assault]``
(and, through §2A2.3(c)(1), ``[offense.assault.aggravated_assault]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.offense_characteristics import BODILY_INJURY_WORDS, BodilyInjury

AssaultWeapon = Literal["firearm_discharged", "dangerous_weapon_otherwise_used",
                        "dangerous_weapon_brandished_or_threatened"]


class AggravatedAssaultFacts(Strict):
    """§2A2.2: the findings on the assault (all optional: level 14 without them)."""

    more_than_minimal_planning: bool = Field(
        False, description="§2A2.2(b)(1): the assault involved more than minimal planning.")
    weapon: AssaultWeapon | None = Field(
        None, description="§2A2.2(b)(2), the clause that best describes the conduct: "
        "\"firearm_discharged\" (A), \"dangerous_weapon_otherwise_used\" (B; a dangerous "
        "weapon including a firearm), \"dangerous_weapon_brandished_or_threatened\" (C). "
        "Before Nov. 1, 2004 (Amendment 663) the levels are the same and the base level 15; "
        "before Nov. 1, 1989 (Amendment 85) (B) and (C) read \"a firearm or a dangerous "
        "weapon\" and \"a firearm or other dangerous weapon\".")
    weapon_was_firearm: bool = Field(
        False, description="With weapon (B) or (C): the dangerous weapon was a firearm (for "
        "§2K2.4's note when a § 924(c) count is sentenced with the assault; (A) is a firearm).")
    bodily_injury: BodilyInjury | None = Field(
        None, description="§2A2.2(b)(3). " + BODILY_INJURY_WORDS)
    strangled_partner: bool = Field(
        False, description="§2A2.2(b)(4) (from Nov. 1, 2014, Amendment 781): the offense "
        "involved strangling, suffocating, or attempting to strangle or suffocate a spouse, "
        "intimate partner, or dating partner.")
    motivated_by_payment: bool = Field(
        False, description="§2A2.2(b)(5) ((b)(4) before Nov. 1, 2014): the assault was "
        "motivated by a payment or offer of money or other thing of value.")
    violated_protection_order: bool = Field(
        False, description="§2A2.2(b)(6) ((b)(5) before Nov. 1, 2014): the offense involved "
        "the violation of a court protection order (from Nov. 1, 1997, Amendment 549; refused "
        "before).")
    convicted_under_111b_or_115: bool = Field(
        False, description="§2A2.2(b)(7) ((b)(6) from Nov. 1, 2004 to Oct. 31, 2014): the "
        "defendant was convicted under 18 U.S.C. § 111(b) or § 115 (§3A1.2 also applies, "
        "comment. (n.4)); from Nov. 1, 2004 (Amendment 663), refused before.")
