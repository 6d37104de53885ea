"""The case file's ``[offense.submersible_vessel]``: the facts §2X7.2 (Submersible and
Semi-Submersible Vessels) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class SubmersibleVesselFacts(Strict):
    """§2X7.2 (Submersible and Semi-Submersible Vessels), from Nov. 1, 2009."""

    vessel_conduct: Literal["failure_to_heave_to", "attempt_to_sink", "sinking"] | None = Field(
        None, description="(b)(1) (Apply the greatest): the greatest the offense involved: "
        "\"failure_to_heave_to\" ((A) +2: when directed by law enforcement officers), "
        "\"attempt_to_sink\" ((B) +4: an attempt to sink the vessel) or \"sinking\" ((C) +8).")
