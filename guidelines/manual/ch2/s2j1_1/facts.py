"""The case file's ``[offense.contempt]``: the facts §2J1.1 (Contempt) reads. Part of the public
schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class ContemptFacts(Strict):
    """§2J1.1 (Contempt): "Apply §2X5.1 (Other Offenses)" (from Nov. 1, 1989)."""

    analogous_guideline: str = Field(
        description="§2X5.1: the most analogous offense guideline, as the court determined it "
        "(comment. (n.1): in certain cases §2J1.2 (Obstruction of Justice); (n.2), (n.3): "
        "§2B1.1 for 18 U.S.C. § 228 and for a judicial order enjoining fraudulent behavior): "
        "\"2D1.1\" (computed from this count's drug facts, [offense] drugs), another guideline "
        "ussg computes, its facts in its own table of this count (\"2J1.2\" with "
        "[offense.obstruction]), \"other\" (give analogous_offense_level), or \"none\": no "
        "sufficiently analogous guideline, 18 U.S.C. § 3553 controls (refused).")
    analogous_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="analogous_guideline = \"other\": the offense level under the most "
        "analogous guideline, as determined.")
    class_a_misdemeanor: bool = Field(
        False, description="The contempt is a Class A misdemeanor: within §2X5.1 until Oct. 31, "
        "2006 (\"a felony or Class A misdemeanor\"); refused from Nov. 1, 2006, when §2X5.1 "
        "covers felonies only (Amendment 685; comment. (n.3) names §2X5.2).")
    further_obstruction: bool = Field(
        False, description="§3C1.1's note: a significant further obstruction occurred during "
        "the investigation or prosecution (from Nov. 1, 1993: investigation, prosecution, or "
        "sentencing) of the obstruction offense itself; only then does [adjustments.obstruction] "
        "obstructed_justice apply to the contempt.")
    # §2X5.1's paragraph on 18 U.S.C. § 1841(a)(1) is not a contempt: read by §2X5.1's rules
    convicted_under_1841: ClassVar[bool] = False

    @model_validator(mode="after")
    def _check(self) -> ContemptFacts:
        if self.analogous_guideline == "none":
            if self.analogous_offense_level is not None:
                raise ValueError("analogous_offense_level is for analogous_guideline = "
                                 "\"other\"")
            return self
        stated_or_computed(self.analogous_guideline, self.analogous_offense_level,
                           "analogous_guideline", "analogous_offense_level")
        return self
