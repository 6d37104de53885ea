"""The shape of §2A5.1's table (tables/aircraft_piracy.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph


class AircraftPiracy(Levels):
    """One version of §2A5.1: (a), (b)(1)."""

    death: Paragraph


SCHEMAS = {"aircraft_piracy": AircraftPiracy}
