"""The case file's ``[offense.aiding_abetting]``: the facts §2X2.1 (Aiding and Abetting)
reads; and the check every guideline that takes "the offense level for the underlying
offense" shares (§2X2.1, §2X4.1, §2E1.1(a)(2), §2X5.1's most analogous guideline). Part of
the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


def stated_or_computed(guideline: str, level: int | None, key: str, level_key: str) -> None:
    """The underlying offense is "other" with its level stated, or a guideline ussg computes
    from the count's facts (no level stated): anything else cannot be read one way."""
    if guideline == "other" and level is None:
        raise ValueError(f"{key} = \"other\" needs {level_key}")
    if guideline != "other" and level is not None:
        raise ValueError(f"{level_key} is for {key} = \"other\"; a computed guideline's level "
                         "comes from the facts")


class AidingAbettingFacts(Strict):
    """§2X2.1 (Aiding and Abetting)."""

    underlying_guideline: str = Field(
        description="The guideline for the underlying offense (the offense the defendant is "
        "convicted of aiding or abetting; from Nov. 1, 2002 also the offense materially "
        "supported under 18 U.S.C. § 2339A, from Nov. 1, 2003 or funded under § 2339C(a)(1)(A)): "
        "\"2D1.1\" (computed from this count's drug facts, [offense] drugs), another guideline "
        "ussg computes, its facts in its own table of this count (\"2B3.1\" with "
        "[offense.robbery]), or \"other\" (give underlying_offense_level).")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level for the "
        "underlying offense, as determined.")

    @model_validator(mode="after")
    def _check(self) -> AidingAbettingFacts:
        stated_or_computed(self.underlying_guideline, self.underlying_offense_level,
                           "underlying_guideline", "underlying_offense_level")
        return self
