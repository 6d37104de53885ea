"""The facts §2P1.3 (Engaging In, Inciting or Attempting to Incite a Riot Involving Persons in
a Facility for Official Detention) reads: the case file's ``[offense.prison_riot]``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class PrisonRiotFacts(Strict):
    """§2P1.3(a): the circumstances (optional: (a)(3)'s 10 without them)."""

    circumstances: Literal["substantial_risk_of_death_or_serious_bodily_injury",
                           "major_disruption", "otherwise"] = Field(
        "otherwise", description="(a), the first that applies: "
        "\"substantial_risk_of_death_or_serious_bodily_injury\" ((a)(1), 22: committed under "
        "circumstances creating a substantial risk of death or serious bodily injury to any "
        "person), \"major_disruption\" ((a)(2), 16: a major disruption to the operation of an "
        "institution) or \"otherwise\" ((a)(3), 10).")
