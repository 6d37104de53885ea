"""The shape of §2N1.2's table (tables/tampering_threat.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Reference


class ExtortionReference(Reference):
    """Extortion: §2B3.2; ``if_greater``: (a)(2) of 1987-1990, "(Apply the greater)"."""

    if_greater: bool


class TamperingThreat(Levels):
    """A version of §2N1.2."""

    extortion: ExtortionReference


SCHEMAS = {"tampering_threat": TamperingThreat}
