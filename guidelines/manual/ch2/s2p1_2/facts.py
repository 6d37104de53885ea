"""The facts §2P1.2 reads: the case file's ``[offense.prison_contraband]`` (and, through
§2D2.1's cross reference, ``[offense.possession.prison_contraband]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict

#: The object of the offense, in the words of §2P1.2(a): each edition's table says which
#: option names it (tables/prison_contraband.toml).
ContrabandObject = Literal[
    "firearm", "destructive_device", "weapon", "object_usable_as_weapon_or_escape",
    "ammunition", "lsd", "pcp", "methamphetamine", "narcotic_drug", "alcoholic_beverage",
    "currency", "mobile_phone", "other_controlled_substance", "other_threatening_object"]

#: The objects that are controlled substances (§2D2.1(b): "possession of a controlled
#: substance in a prison").
CONTROLLED_SUBSTANCES = ("lsd", "pcp", "methamphetamine", "narcotic_drug",
                         "other_controlled_substance")

#: What the defendant was at the time of the offense, in the words of §2P1.2(b)(1).
Position = Literal["correctional_officer", "correctional_employee", "law_enforcement_officer",
                   "law_enforcement_employee", "department_of_justice_employee"]


class PrisonContrabandFacts(Strict):
    """§2P1.2: the object (required) and the findings of (b)(1) and (c)(1)."""

    object: ContrabandObject = Field(
        description="§2P1.2(a): the object of the offense (of several, the one of the highest "
        "level): (a)(1) 23 \"firearm\", \"destructive_device\"; (a)(2) 13 \"weapon\" (other "
        "than a firearm or a destructive device), \"object_usable_as_weapon_or_escape\" (any "
        "object that might be used as a weapon or as a means of facilitating escape), "
        "\"ammunition\", \"lsd\", \"pcp\", \"narcotic_drug\", and \"methamphetamine\" from Nov. "
        "1, 1995 (Amendment 525; before, (a)(3)); (a)(3) 6 \"alcoholic_beverage\", "
        "\"currency\" (United States or foreign), \"other_controlled_substance\" (other than "
        "LSD, PCP, methamphetamine, or a narcotic drug), \"mobile_phone\" (a mobile phone or "
        "similar device, from Nov. 1, 2012, Amendment 769; refused before); (a)(4) 4 "
        "\"other_threatening_object\" (any other object that threatened the order, "
        "discipline, or security of the institution or the life, health, or safety of an "
        "individual).")
    defendant_was: list[Position] = Field(
        default_factory=list, description="§2P1.2(b)(1), +2: what the defendant was at the "
        "time of the offense, every one found: \"correctional_officer\", "
        "\"correctional_employee\", \"law_enforcement_officer\", \"law_enforcement_employee\", "
        "\"department_of_justice_employee\". From Nov. 1, 1989 (Amendment 202) each is "
        "reached; before, only \"a correctional officer or other employee of the Department "
        "of Justice\" (the others are shown not applied). With (b)(1), §3B1.3 is refused "
        "(the note on §3B1.3).")
    object_was_distribution: bool = Field(
        False, description="§2P1.2(c)(1) (from Nov. 1, 1995, Amendment 525; an error before): "
        "the object of the offense was the distribution of a controlled substance: the "
        "offense level from §2D1.1, from [offense] drugs and §2D1.1's facts (state "
        "prison_distribution, §2D1.1's own characteristic for it, as found).")
    convicted_under_1791_a_1: bool = Field(
        False, description="§2P1.2(c)(1) (from Nov. 1, 1989, Amendment 203; an error before): "
        "the defendant is convicted under 18 U.S.C. § 1791(a)(1).")
    punishable_under_1791_b_1: bool = Field(
        False, description="§2P1.2(c)(1) (from Nov. 1, 1989): the offense is punishable under "
        "18 U.S.C. § 1791(b)(1). With convicted_under_1791_a_1: Nov. 1, 1989 - Oct. 31, 1995 "
        "the offense level is 2 plus the §2D1.1 level, at least 26; from Nov. 1, 1995 the "
        "proviso raises the §2D1.1 level of (c)(1) to 26.")
