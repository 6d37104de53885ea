"""The facts §2D1.10(b)(1) asks for (``[offense.endangering_life]``); the quantity for
(a)(1) is ``[offense] drugs``."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class EndangeringLifeFacts(Strict):
    """§2D1.10(b)(1) (from Dec. 16, 2000, Amendment 608); refused before."""

    manufacture_of_amphetamine_or_methamphetamine: bool = Field(
        False,
        description="§2D1.10(b)(1)(A) (from Dec. 16, 2000): \"the offense involved the "
        "manufacture of amphetamine or methamphetamine\" (+3, at least level 27).")
    substantial_risk_to_minor_or_incompetent: bool = Field(
        False,
        description="§2D1.10(b)(1)(B) (from Dec. 16, 2000), with "
        "manufacture_of_amphetamine_or_methamphetamine: the offense \"created a substantial "
        "risk of harm to the life of a minor or an incompetent\" (+6, at least level 30).")

    @model_validator(mode="after")
    def _manufacture_first(self) -> EndangeringLifeFacts:
        if self.substantial_risk_to_minor_or_incompetent and \
                not self.manufacture_of_amphetamine_or_methamphetamine:
            raise ValueError("substantial_risk_to_minor_or_incompetent: §2D1.10(b)(1)(B) asks "
                             "that the offense \"(i) involved the manufacture of amphetamine or "
                             "methamphetamine; and (ii) created a substantial risk\": state "
                             "manufacture_of_amphetamine_or_methamphetamine = true too")
        return self
