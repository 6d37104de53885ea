"""The case file's ``[offense.stalking]``: the facts §2A6.2 (Stalking or Domestic Violence)
reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class StalkingFacts(Strict):
    """§2A6.2 (Stalking or Domestic Violence), from Nov. 1, 1997."""

    court_protection_order: bool = Field(
        False, description="(b)(1)(A): the offense involved the violation of a court "
        "protection order.")
    bodily_injury: bool = Field(
        False, description="(b)(1)(B): the offense involved bodily injury (§1B1.1, comment.).")
    strangling_or_suffocating: bool = Field(
        False, description="(b)(1)(C), from Nov. 1, 2014 (Amendment 781; refused before): "
        "strangling, suffocating, or attempting to strangle or suffocate (18 U.S.C. § 113).")
    dangerous_weapon: bool = Field(
        False, description="(b)(1)(D) ((C) before Nov. 1, 2014): possession, or threatened "
        "use, of a dangerous weapon.")
    pattern_of_activity: bool = Field(
        False, description="(b)(1)(E) ((D) before Nov. 1, 2014): a pattern of activity "
        "involving stalking, threatening, harassing, or assaulting the same victim (comment. "
        "(n.1): two or more separate instances).")
    cross_reference_guideline: str | None = Field(
        None, description="(c)(1): the offense involved the commission of another criminal "
        "offense (before Nov. 1, 2001: conduct covered by another offense guideline from "
        "Chapter Two, Part A): the Part A guideline most applicable, computed from its facts "
        "table in this count (\"2A2.2\" with [offense.aggravated_assault]), or \"other\" (give "
        "cross_reference_offense_level); applied if the resulting level is greater.")
    cross_reference_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="cross_reference_guideline = \"other\": the offense level under that "
        "Part A guideline, as determined.")

    @model_validator(mode="after")
    def _check(self) -> StalkingFacts:
        named, level = self.cross_reference_guideline, self.cross_reference_offense_level
        if named == "other" and level is None:
            raise ValueError("cross_reference_guideline = \"other\" needs "
                             "cross_reference_offense_level")
        if named != "other" and level is not None:
            raise ValueError("cross_reference_offense_level is for cross_reference_guideline "
                             "= \"other\"; a computed guideline's level comes from the facts")
        if named not in (None, "other") and (not named.startswith("2A") or named == "2A6.2"):
            raise ValueError("cross_reference_guideline: (c)(1) applies an offense guideline "
                             "from Chapter Two, Part A (\"2A...\", not §2A6.2), or \"other\"")
        return self
