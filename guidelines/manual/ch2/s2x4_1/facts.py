"""The case file's ``[offense.misprision]``: the facts §2X4.1 (Misprision of Felony) reads.
Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class MisprisionFacts(Strict):
    """§2X4.1 (Misprision of Felony)."""

    underlying_guideline: str = Field(
        description="The guideline for the underlying offense (the offense as to which the "
        "defendant is convicted of committing the misprision): \"2D1.1\" (computed from this "
        "count's drug facts, [offense] drugs), another guideline ussg computes, its facts in "
        "its own table of this count (\"2B3.1\" with [offense.robbery]), or \"other\" (give "
        "underlying_offense_level). Comment. (n.1), from Nov. 1, 1989: its base offense level "
        "plus the characteristics the defendant knew, or reasonably should have known.")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level for the "
        "underlying offense, as determined.")
    further_obstruction: bool = Field(
        False, description="§3C1.1's note (from Nov. 1, 1993, Amendment 496, which added "
        "§2X4.1 to its list): a significant further obstruction occurred during the "
        "investigation, prosecution, or sentencing of the obstruction offense itself; only "
        "then does [adjustments.obstruction] obstructed_justice apply.")

    @model_validator(mode="after")
    def _check(self) -> MisprisionFacts:
        stated_or_computed(self.underlying_guideline, self.underlying_offense_level,
                           "underlying_guideline", "underlying_offense_level")
        return self
