"""The case file's ``[offense.aircraft_weapons]``: the facts §2K1.5 (Possessing Dangerous
Weapons or Materials While Boarding or Aboard an Aircraft) reads."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class AircraftWeaponsFacts(Strict):
    """§2K1.5 (Possessing Dangerous Weapons or Materials While Boarding or Aboard an
    Aircraft)."""

    disregard_for_safety_of_human_life: bool = Field(
        False, description="(b)(1), +15: the offense was committed willfully and without "
        "regard for the safety of human life, or with reckless disregard for it (Nov. 1, 1989 - "
        "Oct. 31, 1992 the words are \"the defendant is convicted under 49 U.S.C. § "
        "1472(l)(2) (i.e., ...)\": state it then only for that conviction).")
    prohibited_by_other_federal_law: bool = Field(
        False, description="(b)(2), +2: the defendant was prohibited by another federal law "
        "from possessing the weapon or material.")
    lawful_but_for_46505_mere_negligence: bool = Field(
        False, description="(b)(3), -3: the possession would have been lawful but for 49 "
        "U.S.C. § 46505 (§ 1472(l) before Nov. 1, 1995) and the defendant acted with mere "
        "negligence. (b): \"If more than one applies, use the greatest\".")
    other_offense_guideline: str | None = Field(
        None, description="(c)(1): the weapon or material was used (from Nov. 1, 1991 also: "
        "possessed) in committing or attempting another offense: that offense's guideline: "
        "\"2D1.1\" (computed from [offense] drugs), another guideline ussg computes, its facts "
        "in its own table of this count (\"2A2.2\" with [offense.aggravated_assault]), or "
        "\"other\" (give other_offense_level); applied if greater.")
    other_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="other_offense_guideline = \"other\": the level of the guideline for "
        "that offense (or §2X1.1's, for an attempt), as determined.")
    other_offense_attempted: bool = Field(
        False, description="(c)(1): the other offense was only attempted: §2X1.1 in respect "
        "to it (\"as appropriate\"), its (b)(1) decrease unless all_acts_completed.")
    all_acts_completed: bool = Field(
        False, description="§2X1.1(b)(1), with other_offense_attempted: the acts believed "
        "necessary were completed (or about to be, but for apprehension or interruption).")
    possessed_only: bool = Field(
        False, description="(c)(1): the weapon or material was possessed, not used, in the "
        "other offense: before Nov. 1, 1991 (Amendment 404) the cross reference reaches only "
        "\"used\" (shown \"not applied\").")

    @model_validator(mode="after")
    def _check(self) -> AircraftWeaponsFacts:
        other = self.other_offense_guideline
        if (other == "other") != (self.other_offense_level is not None):
            raise ValueError("other_offense_level goes with other_offense_guideline = "
                             "\"other\", and only with it")
        if other is None and (self.other_offense_attempted or self.all_acts_completed
                              or self.possessed_only):
            raise ValueError("other_offense_attempted, all_acts_completed and possessed_only "
                             "are said of (c)(1)'s other offense: give other_offense_guideline")
        if self.all_acts_completed and not self.other_offense_attempted:
            raise ValueError("all_acts_completed is for other_offense_attempted = true")
        return self
