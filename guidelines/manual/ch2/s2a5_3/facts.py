"""The case file's ``[offense.crime_aboard_aircraft]``: the facts §2A5.3 (Committing Certain
Crimes Aboard Aircraft) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class CrimeAboardAircraftFacts(Strict):
    """§2A5.3 (Committing Certain Crimes Aboard Aircraft), from Oct. 15, 1988."""

    underlying_guideline: str = Field(
        description="The guideline for the underlying offense (comment. (n.1): the offense "
        "listed in 49 U.S.C. § 46506 of which the defendant is convicted): \"2D1.1\" (from "
        "[offense] drugs), any other guideline ussg computes, its facts in its own table of "
        "this count (\"2A2.3\" with [offense.assault]), or \"other\" (give "
        "underlying_offense_level). Required.")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level applicable to "
        "the underlying offense, as determined.")

    @model_validator(mode="after")
    def _check(self) -> CrimeAboardAircraftFacts:
        stated_or_computed(self.underlying_guideline, self.underlying_offense_level,
                           "underlying_guideline", "underlying_offense_level")
        return self
