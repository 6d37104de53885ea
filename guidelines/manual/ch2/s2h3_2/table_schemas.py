"""The shape of §2H3.2's table (tables/eavesdropping_device.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph


class EavesdroppingDevice(Levels):
    """One version of §2H3.2: (a) 6, (b)(1) +3."""

    pecuniary_gain: Paragraph


SCHEMAS = {"eavesdropping_device": EavesdroppingDevice}
