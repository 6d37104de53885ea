"""The case file's ``[offense.impersonation]``: the facts §2J1.4 (Impersonation) reads. Part of
the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class AttemptedOffense(Strict):
    """Another offense to which a guideline applies §2X1.1 (Attempt, Solicitation, or
    Conspiracy) as an attempt: §2J1.4(c)(1) ("the guideline for an attempt to commit that
    offense"), §2K3.2(a)(1) ("§2X1.1 ... in respect to the intended offense")."""

    guideline: str = Field(
        description="The offense's guideline: \"2D1.1\" (from this count's [offense] drugs), "
        "another guideline ussg computes, its facts in its own table of this count (\"2B3.1\" "
        "with [offense.robbery]), or \"other\" (give offense_level).")
    offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="guideline = \"other\": the offense level for the offense itself, as "
        "determined (§2X1.1(a)'s base); §2X1.1(b)(1)'s decrease of 3 follows unless "
        "all_acts_completed.")
    all_acts_completed: bool = Field(
        False, description="§2X1.1(b)(1): the defendant completed all the acts believed "
        "necessary for successful completion of the offense (or was about to, but for "
        "apprehension or interruption): no decrease of 3.")

    @model_validator(mode="after")
    def _check(self) -> AttemptedOffense:
        if (self.guideline == "other") != (self.offense_level is not None):
            raise ValueError("offense_level goes with guideline = \"other\", and only with it")
        return self


class ImpersonationFacts(Strict):
    """§2J1.4 (Impersonation)."""

    purpose: Literal["unlawful_arrest", "unlawful_detention", "unlawful_search",
                     "obtain_thing_of_value"] | None = Field(
        None, description="§2J1.4(b)(1), +6: what the impersonation was committed for. From Nov. "
        "1, 1989 (Amendment 176): \"unlawful_arrest\", \"unlawful_detention\" or "
        "\"unlawful_search\"; before, the defendant falsely represented himself as a federal "
        "officer, agent or employee \"to demand or obtain any money, paper, document, or other "
        "thing of value\" (\"obtain_thing_of_value\") \"or to conduct an unlawful arrest or "
        "search\". A purpose the edition does not name is shown \"not applied\".")
    facilitated_offense: AttemptedOffense | None = Field(
        None, description="§2J1.4(c)(1), from Nov. 1, 1989 (Amendment 176; refused before): "
        "the impersonation was to facilitate another offense: the guideline for an attempt to "
        "commit it (§2X1.1), if the resulting offense level is greater.")
