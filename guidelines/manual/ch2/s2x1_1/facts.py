"""The case file's ``[offense.inchoate]``: the facts §2X1.1 reads (attempt, solicitation,
conspiracy). Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class InchoateFacts(Strict):
    """§2X1.1 (Attempt, Solicitation, or Conspiracy (Not Covered by a Specific Offense
    Guideline))."""

    kind: Literal["attempt", "conspiracy", "solicitation"] = Field(
        description="The offense of conviction: \"attempt\", \"conspiracy\" or "
        "\"solicitation\".")
    substantive_guideline: str = Field(
        description="The guideline for the substantive offense: \"2D1.1\" (computed from this "
        "count's drug facts, [offense] drugs), another guideline ussg computes, its facts in "
        "its own table of this count (\"2K2.1\" with [offense.firearms]), or \"other\" (give "
        "substantive_offense_level).")
    substantive_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="substantive_guideline = \"other\": §2X1.1(a), the base offense "
        "level from the guideline for the substantive offense plus its adjustments for "
        "intended offense conduct established with reasonable certainty, as determined.")
    all_acts_completed: bool = Field(
        False, description="§2X1.1(b)(1)-(3): the acts believed necessary for the substantive "
        "offense were completed (by the defendant, a co-conspirator, or the person "
        "solicited), or would have been but for apprehension or interruption.")
    solicitation_treated_identically: bool = Field(
        False, description="§2X1.1(b)(3)(B): the statute treats solicitation of the "
        "substantive offense identically with the substantive offense.")
    special_instruction_offense: bool = Field(
        False, description="§2X1.1(d)(1): an offense listed there (18 U.S.C. § 32 or § 2332a, "
        "or one of (d)(1)(A) involving or promoting a federal crime of terrorism): "
        "subsection (b) does not apply.")

    @model_validator(mode="after")
    def _coherent(self) -> InchoateFacts:
        if self.substantive_guideline == "other" and self.substantive_offense_level is None:
            raise ValueError("substantive_guideline = \"other\" needs substantive_offense_level")
        if self.substantive_guideline != "other" and self.substantive_offense_level is not None:
            raise ValueError("substantive_offense_level is for substantive_guideline = "
                             "\"other\"; a computed guideline's level comes from the facts")
        if self.solicitation_treated_identically and self.kind != "solicitation":
            raise ValueError("solicitation_treated_identically is for kind = \"solicitation\"")
        return self
