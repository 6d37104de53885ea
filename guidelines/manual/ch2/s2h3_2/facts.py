"""The case file's ``[offense.eavesdropping_device]``: the fact §2H3.2 (Manufacturing,
Distributing, Advertising, or Possessing an Eavesdropping Device) reads. Part of the public
schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class EavesdroppingDeviceFacts(Strict):
    """§2H3.2 (an empty table is (a) 6 alone)."""

    pecuniary_gain: bool = Field(
        False, description="§2H3.2(b)(1), +3: the offense was committed for pecuniary gain.")
