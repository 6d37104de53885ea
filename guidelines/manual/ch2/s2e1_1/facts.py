"""The case file's ``[offense.racketeering]``: the facts §2E1.1 (Unlawful Conduct Relating to
Racketeer Influenced and Corrupt Organizations) reads. Part of the public schema
(``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class RacketeeringFacts(Strict):
    """§2E1.1 (RICO)."""

    underlying_guideline: str = Field(
        description="§2E1.1(a)(2): the guideline for the underlying racketeering activity "
        "(comment. (n.2): for conduct that violates state law, the most analogous federal "
        "offense's): \"2D1.1\" (computed from this count's drug facts, [offense] drugs), "
        "another guideline ussg computes, its facts in its own table of this count (\"2B3.1\" "
        "with [offense.robbery]), or \"other\" (give underlying_offense_level).")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level applicable to "
        "the underlying racketeering activity, as determined.")
    underlying_offenses: Annotated[int, Field(ge=1, le=1000)] = Field(
        1, description="How many underlying offenses the racketeering activity is (default 1). "
        "More than one is refused: comment. (n.1) treats each as if contained in a separate "
        "count of conviction and applies Chapter Three, Parts A-D to (a)(1) and (a)(2), which "
        "ussg does not do within one count.")

    @model_validator(mode="after")
    def _check(self) -> RacketeeringFacts:
        stated_or_computed(self.underlying_guideline, self.underlying_offense_level,
                           "underlying_guideline", "underlying_offense_level")
        return self
