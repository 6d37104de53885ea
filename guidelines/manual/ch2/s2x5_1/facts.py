"""The case file's ``[offense.analogous]``: the facts §2X5.1 (Other Felony Offenses) reads.
Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class AnalogousFacts(Strict):
    """§2X5.1 (Other Felony Offenses; Other Offenses before Nov. 1, 2006)."""

    analogous_guideline: str = Field(
        description="The most analogous offense guideline, as the court determined it (from "
        "Nov. 1, 2006, for a conviction under 18 U.S.C. § 1841(a)(1), the guideline that covers "
        "the conduct): \"2D1.1\" (computed from this count's drug facts, [offense] drugs), "
        "another guideline ussg computes, its facts in its own table of this count (\"2B1.1\" "
        "with [offense.theft_fraud]), \"other\" (give analogous_offense_level), or \"none\": "
        "there is not a sufficiently analogous guideline, so 18 U.S.C. § 3553 controls and "
        "there is no guideline range (refused, with the edition's words).")
    analogous_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="analogous_guideline = \"other\": the offense level under the most "
        "analogous guideline, as determined.")
    class_a_misdemeanor: bool = Field(
        False, description="The offense is a Class A misdemeanor, not a felony: §2X5.1 covered "
        "\"a felony or Class A misdemeanor\" until Oct. 31, 2006; from Nov. 1, 2006 (Amendment "
        "685) it is refused: apply §2X5.2 (guideline = \"2X5.2\").")
    convicted_under_1841: bool = Field(
        False, description="From Nov. 1, 2006 (Amendment 685): convicted under 18 U.S.C. "
        "§ 1841(a)(1) (a child in utero): analogous_guideline is then the guideline that covers "
        "the conduct the defendant is convicted of having engaged in (§2X5.1's second "
        "paragraph). Refused before.")

    @model_validator(mode="after")
    def _check(self) -> AnalogousFacts:
        if self.analogous_guideline == "none":
            if self.analogous_offense_level is not None:
                raise ValueError("analogous_offense_level is for analogous_guideline = "
                                 "\"other\"")
            return self
        stated_or_computed(self.analogous_guideline, self.analogous_offense_level,
                           "analogous_guideline", "analogous_offense_level")
        if self.class_a_misdemeanor and self.convicted_under_1841:
            raise ValueError("a conviction under 18 U.S.C. § 1841(a)(1) is not a Class A "
                             "misdemeanor: give one of class_a_misdemeanor, "
                             "convicted_under_1841")
        return self
