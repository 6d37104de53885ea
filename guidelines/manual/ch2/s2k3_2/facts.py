"""The case file's ``[offense.injurious_mailing]``: the facts §2K3.2 (Feloniously Mailing
Injurious Articles) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2j1_4.facts import ALL_ACTS, check_attempted


class InjuriousMailingFacts(Strict):
    """§2K3.2 (Feloniously Mailing Injurious Articles), from Nov. 1, 1990. (a) "(Apply the
    greater)": give (a)(1)'s intended offense, (a)(2)'s homicide guideline, or both."""

    intended_offense_guideline: str | None = Field(
        None, description="§2K3.2(a)(1): the offense was committed with intent (A) to kill or "
        "injure any person, or (B) to injure the mails or other property: §2X1.1 (as an "
        "attempt) in respect to the intended offense. Its guideline: \"2D1.1\" (from [offense] "
        "drugs), another guideline ussg computes, its facts in its own table of this count "
        "(\"2A2.1\" with [offense.attempted_murder]), or \"other\" (give "
        "intended_offense_level).")
    intended_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="intended_offense_guideline = \"other\": the offense level for the "
        "intended offense, as determined (§2X1.1(a)); §2X1.1(b)(1)'s decrease follows unless "
        "all_acts_completed.")
    all_acts_completed: bool = Field(False, description=ALL_ACTS)
    homicide_guideline: Literal["2A1.1", "2A1.2", "2A1.3", "other"] | None = Field(
        None, description="§2K3.2(a)(2): death resulted: the most analogous offense guideline "
        "from Chapter Two, Part A, Subpart 1 (Homicide): \"2A1.1\", \"2A1.2\" or \"2A1.3\" "
        "(computed), or \"other\" (§2A1.4 or §2A1.5: give homicide_offense_level).")
    homicide_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="homicide_guideline = \"other\": the offense level under the most "
        "analogous homicide guideline, as determined.")

    @model_validator(mode="after")
    def _check(self) -> InjuriousMailingFacts:
        check_attempted(self.intended_offense_guideline, self.intended_offense_level,
                        self.all_acts_completed, ("intended_offense_guideline",
                                                  "intended_offense_level",
                                                  "all_acts_completed"))
        if (self.homicide_guideline == "other") != (self.homicide_offense_level is not None):
            raise ValueError("homicide_offense_level goes with homicide_guideline = \"other\", "
                             "and only with it")
        if self.intended_offense_guideline is None and self.homicide_guideline is None:
            raise ValueError("§2K3.2(a) applies the greater of (a)(1) (intended_offense_guideline: "
                             "an intent to kill or injure, or to injure the mails or other "
                             "property) and (a)(2) (homicide_guideline: death resulted); the "
                             "felony provisions of 18 U.S.C. § 1716 it covers need one: give "
                             "one or both")
        return self
