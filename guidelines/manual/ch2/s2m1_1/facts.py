"""The case file's ``[offense.treason]``: the findings §2M1.1 (Treason) reads. Part of the
public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class TreasonFacts(Strict):
    """§2M1.1(a): (1) conduct tantamount to waging war, or (2) the level of the most analogous
    offense, as determined."""

    waging_war: bool = Field(
        False, description="§2M1.1(a)(1), 43: the conduct is tantamount to waging war against "
        "the United States.")
    analogous_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2M1.1(a)(2), otherwise: the offense level applicable to the most "
        "analogous offense, as determined (ussg does not choose the analogous guideline).")

    @model_validator(mode="after")
    def _check(self) -> TreasonFacts:
        if self.waging_war == (self.analogous_offense_level is not None):
            raise ValueError("§2M1.1 needs waging_war = true ((a)(1)) or, otherwise, "
                             "analogous_offense_level ((a)(2)), one of them")
        return self
