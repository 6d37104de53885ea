"""The case file's ``[offense.arms_export]``: the facts §2M5.2 (Exportation of Arms, Munitions,
or Military Equipment or Services Without Required Validated Export License) reads. Part of the
public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict

Count = Annotated[int, Field(ge=0, le=10**9)]


class ArmsExportFacts(Strict):
    """§2M5.2(a): before Nov. 1, 1990 sophisticated weaponry; from then what the offense
    involved (the small arms, the rounds, anything else)."""

    sophisticated_weaponry: bool | None = Field(
        None, description="§2M5.2(a)(1) of Nov. 1, 1987 - Oct. 31, 1990 only (an error after): "
        "sophisticated weaponry was involved (22; else 14).")
    small_arms: Count | None = Field(
        None, description="§2M5.2(a)(2), from Nov. 1, 1990 (an error before): the number "
        "of non-fully automatic small arms (rifles, handguns, or shotguns) the offense "
        "involved. (a)(2)'s 14 applies if it did not exceed ten (Amendment 337), from Nov. 1, "
        "2011 two (Amendment 753), and the offense involved nothing else.")
    rounds: Count | None = Field(
        None, description="§2M5.2(a)(2)(B), from Nov. 1, 2011: the rounds of ammunition for "
        "non-fully automatic small arms the offense involved ((a)(2)(B)-(C): not more than "
        "500). Before Nov. 1, 2011 (a)(2) names small arms only and courts applied "
        "it differently to ammunition (Amendment 753's reason): refused.")
    other_items: bool = Field(
        False, description="§2M5.2(a)(1), from Nov. 1, 1990 (an error before): the offense "
        "involved other arms, munitions, military equipment or services (fully automatic "
        "weapons among them): (a)(1).")

    @model_validator(mode="after")
    def _check(self) -> ArmsExportFacts:
        items = (self.small_arms, self.rounds, self.other_items or None)
        if self.sophisticated_weaponry is not None and any(i is not None for i in items):
            raise ValueError("give sophisticated_weaponry (§2M5.2(a) of 1987-1990) or what the "
                             "offense involved (small_arms, rounds, other_items; from Nov. 1, "
                             "1990), not both")
        if self.sophisticated_weaponry is None and not (
                (self.small_arms or 0) > 0 or (self.rounds or 0) > 0 or self.other_items):
            raise ValueError("§2M5.2 needs what the offense involved: small_arms or rounds "
                             "(more than 0), or other_items = true (from Nov. 1, 1990); or "
                             "sophisticated_weaponry (1987-1990)")
        return self
