"""The facts §2B3.2 (Extortion by Force or Threat of Injury or Serious Damage) reads: the case
file's ``[offense.extortion]`` (or, under §2B3.3(c)(2), ``[offense.blackmail.extortion_by_force]``).

Each key is a finding of the court in the words of a paragraph of §2B3.2(b) or (c); the
edition applied decides how many levels it is worth (tables/extortion_by_force.toml).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.offense_characteristics import BODILY_INJURY_WORDS, BodilyInjury
from ussg.guidelines.manual.ch2.s2a2_1.facts import AttemptedMurderFacts

ExtortionWeapon = Literal["firearm_discharged", "firearm_otherwise_used",
                          "firearm_brandished_or_possessed", "dangerous_weapon_otherwise_used",
                          "dangerous_weapon_brandished_or_possessed", "preparation_or_ability"]


class ExtortionFacts(Strict):
    """§2B3.2: the findings on the extortion (all optional: an extortion with none of them
    is level 18)."""

    threat_of_death_injury_or_kidnapping: bool = Field(
        False, description="§2B3.2(b)(1): the offense involved an express or implied threat "
        "of death, bodily injury, or kidnapping.")
    amount_obtained: Money | None = Field(
        None, description="§2B3.2(b)(1) before Nov. 1, 1991: \"the greater of the amount "
        "obtained or demanded\" over $2,500, read in the table of §2B3.1 (Nov. 1, 1990 - Oct. "
        "31, 1991 the table in §2B2.1(b)(2), Amendment 316) (Amendment 366 "
        "replaced it by the amount demanded or the loss to the victim: refused from then).")
    amount_demanded: Money | None = Field(
        None, description="§2B3.2(b)(2): the amount demanded, exact dollars (\"$25,000\"); "
        "the greater of it and loss_to_victim is read in the §2B3.1(b)(7) table.")
    loss_to_victim: Money | None = Field(
        None, description="§2B3.2(b)(2): the loss to the victim, \"any demand paid plus any "
        "additional consequential loss from the offense\" (comment. (n.5)), exact dollars.")
    weapon: ExtortionWeapon | None = Field(
        None, description="§2B3.2(b)(3), the one clause that best describes the conduct: "
        "\"firearm_discharged\" (A)(i), \"firearm_otherwise_used\" ((A)(ii); from Nov. 1, "
        "2025, Amendment 832: a firearm used to convey a specific threat of harm or to make "
        "physical contact with a victim), \"firearm_brandished_or_possessed\" (A)(iii), "
        "\"dangerous_weapon_otherwise_used\" (A)(iv), "
        "\"dangerous_weapon_brandished_or_possessed\" (A)(v), or \"preparation_or_ability\" "
        "((B): preparation to carry out, or demonstrated ability to carry out, a threat of "
        "death, serious bodily injury, kidnapping, product tampering or damage to a critical "
        "infrastructure's computer system).")
    bodily_injury: BodilyInjury | None = Field(
        None, description="§2B3.2(b)(4). " + BODILY_INJURY_WORDS)
    abduction_or_restraint: Literal["abducted", "physically_restrained"] | None = Field(
        None, description="§2B3.2(b)(5): \"abducted\" (A) or \"physically_restrained\" (B; "
        "from Nov. 1, 2025, Amendment 832: a person's freedom of movement restricted "
        "through physical contact or confinement), to facilitate the offense or escape.")
    victim_murdered: bool = Field(
        False, description="§2B3.2(c)(1): a victim was killed under circumstances that "
        "would constitute murder under 18 U.S.C. § 1111 (apply §2A1.1).")
    attempted_murder: AttemptedMurderFacts | None = Field(
        None, description="§2B3.2(c)(2): the offense was tantamount to attempted murder: the "
        "§2A2.1 findings (the keys of [offense.attempted_murder]; an empty table for none); "
        "§2A2.1 applies if the resulting offense level is greater.")
