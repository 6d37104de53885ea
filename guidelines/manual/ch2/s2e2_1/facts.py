"""The case file's ``[offense.extortionate_credit]``: the facts §2E2.1 (Making or Financing an
Extortionate Extension of Credit; Collecting an Extension of Credit by Extortionate Means)
reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.offense_characteristics import BODILY_INJURY_WORDS, BodilyInjury

CreditWeapon = Literal["firearm_discharged", "firearm_otherwise_used",
                       "firearm_brandished_or_possessed", "dangerous_weapon_otherwise_used",
                       "dangerous_weapon_brandished_or_possessed"]


class ExtortionateCreditFacts(Strict):
    """§2E2.1: the findings (all optional: an offense with none of them is level 20)."""

    weapon: CreditWeapon | None = Field(
        None, description="(b)(1), the one clause that best describes the conduct: "
        "\"firearm_discharged\" ((A) +5); \"firearm_otherwise_used\" or "
        "\"dangerous_weapon_otherwise_used\" ((B) +4: a dangerous weapon (including a firearm) "
        "otherwise used; from Nov. 1, 2025, Amendment 832: used to convey a specific threat of "
        "harm or to make physical contact with a victim); \"firearm_brandished_or_possessed\" "
        "or \"dangerous_weapon_brandished_or_possessed\" ((C) +3; \"brandished, displayed, "
        "or possessed\" until Oct. 31, 2000).")
    bodily_injury: BodilyInjury | None = Field(
        None, description="(b)(2): (A) +2, (D) +3, (B) +4, (E) +5, (C) +6; (D) and (E), the "
        "degrees between two, from Nov. 1, 1989 (Amendment 147; refused before). "
        + BODILY_INJURY_WORDS)
    abduction_or_restraint: Literal["abducted", "physically_restrained"] | None = Field(
        None, description="(b)(3): \"abducted\" ((A) +4) or \"physically_restrained\" ((B) "
        "+2; from Nov. 1, 2025, Amendment 832: a person's freedom of movement restricted "
        "through physical contact or confinement), to facilitate the offense or escape.")
    victim_murdered: bool = Field(
        False, description="(c)(1), from Nov. 1, 1993 (Amendment 479; refused before): a "
        "victim was killed under circumstances that would constitute murder under 18 U.S.C. "
        "§ 1111: apply §2A1.1 (First Degree Murder).")
