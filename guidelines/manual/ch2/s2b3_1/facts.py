"""The facts §2B3.1 (Robbery) reads: the case file's ``[offense.robbery]``.

Each key is a finding of the court in the words of a paragraph of §2B3.1(b) or (c); the
edition applied decides how many levels it is worth (tables/robbery.toml).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.offense_characteristics import BODILY_INJURY_WORDS, BodilyInjury

RobberyWeapon = Literal["firearm_discharged", "firearm_otherwise_used",
                        "firearm_brandished_or_possessed", "dangerous_weapon_otherwise_used",
                        "dangerous_weapon_brandished_or_possessed", "threat_of_death"]


class RobberyFacts(Strict):
    """§2B3.1: the findings on the robbery (all optional: a robbery with none of them is
    level 20)."""

    financial_institution_or_post_office: bool = Field(
        False, description="§2B3.1(b)(1): the property of a financial institution or post "
        "office was taken, or its taking was an object of the offense (Nov. 1, 1989 - Oct. 31, "
        "1990: \"the offense involved robbery or attempted robbery of the property of\" one; "
        "before Nov. 1, 1989 no increase, but the loss is taken as at least $5,000).")
    weapon: RobberyWeapon | None = Field(
        None, description="§2B3.1(b)(2), the one clause that best describes the conduct: "
        "\"firearm_discharged\" (A), \"firearm_otherwise_used\" (B; from Nov. 1, 2025, "
        "Amendment 832: a firearm used to convey a specific threat of harm or to make "
        "physical contact with a victim), \"firearm_brandished_or_possessed\" (C), "
        "\"dangerous_weapon_otherwise_used\" (D), \"dangerous_weapon_brandished_or_possessed\" "
        "(E), \"threat_of_death\" (F). Before Nov. 1, 1991 (Amendment 365) the edition's clauses "
        "are fewer: a firearm and a dangerous weapon otherwise used, or brandished, displayed "
        "or possessed, share one clause; before Nov. 1, 1997 (Amendment 552) (F) reads \"an "
        "express threat of death\", and before Nov. 1, 1989 (Amendment 110) there is none "
        "(refused).")
    bodily_injury: BodilyInjury | None = Field(
        None, description="§2B3.1(b)(3). " + BODILY_INJURY_WORDS)
    abduction_or_restraint: Literal["abducted", "physically_restrained"] | None = Field(
        None, description="§2B3.1(b)(4): \"abducted\" (A) or \"physically_restrained\" (B; "
        "from Nov. 1, 2025, Amendment 832: a person's freedom of movement restricted "
        "through physical contact or confinement), to facilitate the offense or escape.")
    carjacking: bool = Field(False, description="§2B3.1(b)(5): the offense involved "
                                                "carjacking (Nov. 1, 1993 - Oct. 31, 1997: "
                                                "(b)(1)(B), one increase with the financial "
                                                "institution; refused before Nov. 1, 1993).")
    firearm_destructive_device_or_drug_taken: bool = Field(
        False, description="§2B3.1(b)(6): a firearm, destructive device, or controlled "
        "substance was taken, or its taking was an object of the offense (before Nov. 1, "
        "1990: (b)(5), \"obtaining\" one \"was the object of the offense\").")
    loss: Money | None = Field(
        None, description="§2B3.1(b)(7) ((b)(1) before Nov. 1, 1989, (b)(6) until Oct. 31, "
        "1997): the loss, \"the value of the property taken, damaged, or destroyed\" (comment. "
        "(n.3)), exact dollars: \"$95,000.01\".")
    victim_murdered: bool = Field(
        False, description="§2B3.1(c)(1): a victim was killed under circumstances that "
        "would constitute murder under 18 U.S.C. § 1111 (apply §2A1.1).")
