"""The case file's ``[offense.minor_crime_of_violence]``: the facts §2X6.1 (Use of a Minor in a
Crime of Violence) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class MinorCrimeOfViolenceFacts(Strict):
    """§2X6.1 (Use of a Minor in a Crime of Violence), from Nov. 1, 2004."""

    underlying_guideline: str = Field(
        description="The guideline applicable to the underlying crime of violence (comment. "
        "(n.1): the crime of violence as to which the defendant is convicted of using a "
        "minor): a guideline ussg computes, its facts in its own table of this count "
        "(\"2B3.1\" with [offense.robbery]), or \"other\" (give underlying_offense_level).")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level from the "
        "guideline applicable to the underlying crime of violence, as determined.")

    @model_validator(mode="after")
    def _check(self) -> MinorCrimeOfViolenceFacts:
        stated_or_computed(self.underlying_guideline, self.underlying_offense_level,
                           "underlying_guideline", "underlying_offense_level")
        return self
