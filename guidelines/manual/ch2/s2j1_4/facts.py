"""The case file's ``[offense.impersonation]``: the facts §2J1.4 (Impersonation) reads. Part of
the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict

ALL_ACTS = ("§2X1.1(b)(1): the defendant completed all the acts believed necessary for "
            "successful completion of the offense (or was about to, but for apprehension or "
            "interruption): no decrease of 3.")


def check_attempted(guideline: str | None, level: int | None, completed: bool,
                    names: tuple[str, str, str]) -> None:
    """The other offense of an attempt: a stated level with ``"other"`` only, the rest only
    with a guideline."""
    name, level_name, completed_name = names
    if (guideline == "other") != (level is not None):
        raise ValueError(f"{level_name} goes with {name} = \"other\", and only with it")
    if guideline is None and completed:
        raise ValueError(f"{completed_name} is said of {name}'s offense: give {name}")


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
    facilitated_offense_guideline: str | None = Field(
        None, description="§2J1.4(c)(1), from Nov. 1, 1989 (Amendment 176; refused before): the "
        "impersonation was to facilitate another offense: the guideline for an attempt to "
        "commit it (§2X1.1 in respect to it), if the resulting offense level is greater. Its "
        "guideline: \"2D1.1\" (from [offense] drugs), another guideline ussg computes, its facts "
        "in its own table of this count (\"2B3.1\" with [offense.robbery]), or \"other\" (give "
        "facilitated_offense_level).")
    facilitated_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="facilitated_offense_guideline = \"other\": the offense level for "
        "that offense, as determined (§2X1.1(a)); §2X1.1(b)(1)'s decrease follows unless "
        "all_acts_completed.")
    all_acts_completed: bool = Field(False, description=ALL_ACTS)

    @model_validator(mode="after")
    def _check(self) -> ImpersonationFacts:
        check_attempted(self.facilitated_offense_guideline, self.facilitated_offense_level,
                        self.all_acts_completed, ("facilitated_offense_guideline",
                                                  "facilitated_offense_level",
                                                  "all_acts_completed"))
        return self
