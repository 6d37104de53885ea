"""The facts §2A2.1 (Assault with Intent to Commit Murder; Attempted Murder) reads: the case
file's ``[offense.attempted_murder]`` (and, through §2B3.2(c)(2),
``[offense.extortion.attempted_murder]``).

The guideline was restructured by Amendment 311 (Nov. 1, 1990): before it, a single base level
with planning, weapon, injury and payment characteristics (as §2A2.2); from it, a base level by
the object of the offense, the injury and the offer or receipt of pecuniary value. A finding
the edition applied does not have is refused, naming its field.
"""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.offense_characteristics import BODILY_INJURY_WORDS, BodilyInjury
from ussg.guidelines.manual.ch2.s2a2_2.facts import AssaultWeapon


class AttemptedMurderFacts(Strict):
    """§2A2.1: the findings on the attempt or assault (all optional: without them, level 27
    in 2025)."""

    object_first_degree_murder: bool = Field(
        False, description="§2A2.1(a)(1) (from Nov. 1, 1990, Amendment 311): the object of "
        "the offense would have constituted first degree murder (33 from Nov. 1, 2004, 28 "
        "before; (a)(2), otherwise: 27, 22 before). Before Nov. 1, 1990 (a) is a single "
        "level 20 and this finding is refused.")
    bodily_injury: BodilyInjury | None = Field(
        None, description="The injury paragraph: from Nov. 1, 1990 (b)(1), which counts only "
        "\"permanent_or_life_threatening\" (A) +4, \"serious_bodily_injury\" (B) +2 and "
        "\"between_serious_and_permanent\" (C) +3 (a lesser injury: no increase, shown); "
        "before, (b)(3) as §2A2.2(b)(3) then read (+2 to +6). " + BODILY_INJURY_WORDS)
    offer_or_receipt_of_pecuniary_value: bool = Field(
        False, description="§2A2.1(b)(2) (from Nov. 1, 1990), +4: the offense involved the "
        "offer or the receipt of anything of pecuniary value for undertaking the murder.")
    more_than_minimal_planning: bool = Field(
        False, description="§2A2.1(b)(1) before Nov. 1, 1990, +2: an assault involved more "
        "than minimal planning (refused from then).")
    weapon: AssaultWeapon | None = Field(
        None, description="§2A2.1(b)(2) before Nov. 1, 1990, the clause that best describes "
        "the conduct: \"firearm_discharged\" (A) +5, \"dangerous_weapon_otherwise_used\" (B) "
        "+4, \"dangerous_weapon_brandished_or_threatened\" (C) +3; (b)(2) and (b)(3) together "
        "at most 9 levels (refused from Nov. 1, 1990).")
    motivated_by_payment: bool = Field(
        False, description="§2A2.1(b)(4) before Nov. 1, 1990, +2: a conspiracy or assault was "
        "motivated by a payment or offer of money or other thing of value (refused from "
        "then: offer_or_receipt_of_pecuniary_value).")
