"""§2K2.1(c)(1)'s other offense (``[offense.firearms.other_offense]``), which the cross
references of §§2K2.2, 2K2.3 and 2K2.5 read as well (a module of its own, so that their facts
and §2K2.1's may import it from each other)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class OtherOffense(Strict):
    """§2K2.1(c)(1): the other offense the firearm or ammunition cited in the offense of
    conviction was used or possessed in connection with."""

    guideline: str = Field(description="The other offense's guideline: \"2D1.1\" (computed from "
        "this count's drug facts, [offense] drugs), another guideline ussg computes, or \"other\" "
        "(give offense_level).")
    offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="guideline = \"other\": the offense level §2X1.1 gives in respect to "
        "the other offense, as the court determined it (ussg does not compute that guideline).")
    inchoate: str | None = Field(None, description="The other offense was only attempted, "
        "conspired or solicited: \"attempt\", \"conspiracy\" or \"solicitation\" (§2X1.1(b)); "
        "leave out if completed.")
    all_acts_completed: bool = Field(False, description="§2X1.1(b): the acts believed necessary "
        "for the other offense were completed (or about to be, but for apprehension or "
        "interruption).")
    solicitation_treated_identically: bool = Field(False, description="§2X1.1(b)(3)(B): the "
        "statute treats solicitation of the offense identically with the offense.")
    death_resulted: bool = Field(False, description="§2K2.1(c)(1)(B): death resulted (the "
        "homicide guideline applies; give homicide_offense_level).")
    homicide_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2K2.1(c)(1)(B): the offense level under the most analogous homicide "
        "guideline (Ch.2 Pt.A Subpt.1), as determined.")

    @model_validator(mode="after")
    def _coherent(self) -> OtherOffense:
        if self.guideline == "other" and self.offense_level is None:
            raise ValueError("guideline = \"other\" needs offense_level (the level §2X1.1 "
                             "gives in respect to the other offense)")
        if self.guideline != "other" and self.offense_level is not None:
            raise ValueError(f"offense_level is only for guideline = \"other\"; §{self.guideline} "
                             f"is computed from the case's facts")
        if self.inchoate not in (None, "attempt", "conspiracy", "solicitation"):
            raise ValueError("inchoate: \"attempt\", \"conspiracy\" or \"solicitation\"")
        if self.inchoate is None and (self.all_acts_completed
                                      or self.solicitation_treated_identically):
            raise ValueError("all_acts_completed and solicitation_treated_identically are "
                             "§2X1.1(b) facts of an attempt, conspiracy or solicitation: give "
                             "inchoate")
        if self.solicitation_treated_identically and self.inchoate != "solicitation":
            raise ValueError("solicitation_treated_identically is for inchoate = "
                             "\"solicitation\"")
        if self.death_resulted != (self.homicide_offense_level is not None):
            raise ValueError("death_resulted and homicide_offense_level go together "
                             "(§2K2.1(c)(1)(B))")
        return self
