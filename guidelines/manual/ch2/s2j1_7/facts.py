"""The case file's ``[offense.offense_on_release_1987]``: what the original §2J1.7 (Nov. 1, 1987
- Oct. 31, 1989) reads of the offense committed while on release."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class OffenseOnRelease1987Facts(Strict):
    """§2J1.7(b) of 1987: how the offense committed while on release is punishable."""

    punishable_by_death_or_life: bool = Field(
        False, description="(b)(1), +6: the offense committed while on release is punishable "
        "by death (or by life imprisonment, a term of fifteen years or more).")
    maximum_months: int | None = Field(
        None, ge=0, le=100_000, description="The maximum term of imprisonment of the offense "
        "committed while on release, in months (given unless punishable_by_death_or_life): "
        "180 or more (b)(1) +6; 60-179 (b)(2) +4; less than 60 (b)(3) +2 if felony.")
    felony: bool = Field(
        False, description="(b)(3), +2: the offense committed while on release is a felony "
        "(read only where maximum_months is less than 60).")

    @model_validator(mode="after")
    def _term_given(self) -> OffenseOnRelease1987Facts:
        if self.maximum_months is None and not self.punishable_by_death_or_life:
            raise ValueError("give maximum_months (or punishable_by_death_or_life = true)")
        if self.maximum_months is not None and self.punishable_by_death_or_life:
            raise ValueError("give maximum_months or punishable_by_death_or_life, not both")
        return self
