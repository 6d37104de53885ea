"""The case file's ``[offense.accessory]``: the facts §2X3.1 (Accessory After the Fact)
reads; and the underlying offense of a cross reference into §2X3.1 (§2J1.2(c)(1),
§2C1.1(c)(2)). Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict

HARBORING = ("§2X3.1 from Nov. 1, 1991 (Amendment 380): the conduct is limited to harboring a "
             "fugitive: the base offense level is not more than level 20.")
TERRORISM = ("§2X3.1(a)(3)(C) from Nov. 1, 2003 (Amendment 655): the defendant is convicted "
             "under 18 U.S.C. § 2339 or § 2339A, or the conduct involved harboring a person who "
             "committed an offense listed there or one involving or intending to promote a "
             "federal crime of terrorism: the harboring limit does not apply (not more than "
             "level 30).")


def _coherent(guideline: str, level: int | None, harboring: bool, terrorism: bool,
              key: str, level_key: str) -> None:
    if guideline == "other" and level is None:
        raise ValueError(f"{key} = \"other\" needs {level_key}")
    if guideline != "other" and level is not None:
        raise ValueError(f"{level_key} is for {key} = \"other\"; a computed guideline's level "
                         "comes from the facts")
    if terrorism and not harboring:
        raise ValueError("terrorism_exception is an exception to harboring_only's limit "
                         "(§2X3.1(a)(3)(C)): give harboring_only = true")


class AccessoryFacts(Strict):
    """§2X3.1 (Accessory After the Fact)."""

    underlying_guideline: str = Field(
        description="The guideline for the underlying offense (the offense as to which the "
        "defendant is convicted of being an accessory): \"2D1.1\" (computed from this count's "
        "drug facts, [offense] drugs), another guideline ussg computes, its facts in its own "
        "table of this count (\"2K2.1\" with [offense.firearms]), or \"other\" (give "
        "underlying_offense_level). Comment. (n.1): its base offense level plus the "
        "characteristics the defendant knew, or reasonably should have known.")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level for the "
        "underlying offense, as determined.")
    harboring_only: bool = Field(False, description=HARBORING)
    terrorism_exception: bool = Field(False, description=TERRORISM)
    further_obstruction: bool = Field(
        False, description="§3C1.1's note (from Nov. 1, 1993, Amendment 496, which added "
        "§2X3.1 to its list): a significant further obstruction occurred during the "
        "investigation, prosecution, or sentencing of the obstruction offense itself; only "
        "then does [adjustments.obstruction] obstructed_justice apply.")

    @model_validator(mode="after")
    def _check(self) -> AccessoryFacts:
        _coherent(self.underlying_guideline, self.underlying_offense_level, self.harboring_only,
                  self.terrorism_exception, "underlying_guideline", "underlying_offense_level")
        return self


class UnderlyingOffense(Strict):
    """The criminal offense a cross reference applies §2X3.1 "in respect to" (§2J1.2(c)(1),
    §2C1.1(c)(2))."""

    guideline: str = Field(
        description="The offense's guideline: \"2D1.1\" (computed from this count's drug facts, "
        "[offense] drugs), another guideline ussg computes without a facts table of its own, "
        "or \"other\" (give offense_level).")
    offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="guideline = \"other\": the offense level for that offense, as "
        "determined (§2X3.1, comment. (n.1)).")
    harboring_only: bool = Field(False, description=HARBORING)
    terrorism_exception: bool = Field(False, description=TERRORISM)

    @model_validator(mode="after")
    def _check(self) -> UnderlyingOffense:
        _coherent(self.guideline, self.offense_level, self.harboring_only,
                  self.terrorism_exception, "guideline", "offense_level")
        return self
