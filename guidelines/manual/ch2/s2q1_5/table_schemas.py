"""The shape of §2Q1.5's table (tables/threatened_water_tampering.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph, Reference
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition


class ThreatenedWaterTampering(Levels):
    """A version of §2Q1.5 (Nov. 1, 1987 - Oct. 31, 2003), or exists = false after."""

    disruption: Paragraph | None = None  # (b)(1)
    purpose: Paragraph | NotInEdition | None = None  # (b)(2), 1987-1989
    extortion: Reference | NotInEdition | None = None  # (c)(1), 1989-2003


SCHEMAS = {"threatened_water_tampering": ThreatenedWaterTampering}
