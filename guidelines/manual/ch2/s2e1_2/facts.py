"""The case file's ``[offense.racketeering_travel]``, ``[offense.violent_crime_racketeering]``
and ``[offense.murder_for_hire]``: the facts §§2E1.2, 2E1.3 and 2E1.4 read (each "the greater"
of a level and the underlying offense's). Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed

_GUIDELINE = ("\"2D1.1\" (computed from this count's drug facts, [offense] drugs), another "
              "guideline ussg computes, its facts in its own table of this count (\"2B3.2\" "
              "with [offense.extortion]), or \"other\" (give underlying_offense_level). "
              "Conduct that violates state law: the most analogous federal offense's "
              "guideline (commentary).")


class UnderlyingConductFacts(Strict):
    """§2E1.3 (Violent Crimes in Aid of Racketeering Activity), §2E1.4 (Use of Interstate
    Commerce Facilities in the Commission of Murder-For-Hire): (a)(2)'s underlying offense."""

    underlying_guideline: str = Field(
        description="(a)(2): the guideline for the underlying crime, racketeering activity or "
        "unlawful conduct: " + _GUIDELINE)
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level applicable to "
        "the underlying conduct, as determined.")

    @model_validator(mode="after")
    def _check(self) -> UnderlyingConductFacts:
        stated_or_computed(self.underlying_guideline, self.underlying_offense_level,
                           "underlying_guideline", "underlying_offense_level")
        return self


class ViolentCrimeRacketeeringFacts(UnderlyingConductFacts):
    """§2E1.3 (Violent Crimes in Aid of Racketeering Activity)."""


class MurderForHireFacts(UnderlyingConductFacts):
    """§2E1.4 (Use of Interstate Commerce Facilities in the Commission of Murder-For-Hire)."""


class RacketeeringTravelFacts(UnderlyingConductFacts):
    """§2E1.2 (Interstate or Foreign Travel or Transportation in Aid of a Racketeering
    Enterprise)."""

    underlying_offenses: Annotated[int, Field(ge=1, le=1000)] = Field(
        1, description="How many underlying offenses (default 1). More than one is refused: "
        "comment. (n.1) treats each as if contained in a separate count of conviction (from "
        "June 15, 1988 applying Chapter Three, Parts A-D to (a)(1) and (a)(2)), which ussg "
        "does not do within one count.")
