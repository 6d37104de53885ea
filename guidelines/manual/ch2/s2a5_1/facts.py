"""The case file's ``[offense.aircraft_piracy]``: the facts §2A5.1 (Aircraft Piracy or Attempted
Aircraft Piracy) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class AircraftPiracyFacts(Strict):
    """§2A5.1 (Aircraft Piracy or Attempted Aircraft Piracy)."""

    death_resulted: bool = Field(
        False, description="§2A5.1(b)(1), +5: death resulted.")
