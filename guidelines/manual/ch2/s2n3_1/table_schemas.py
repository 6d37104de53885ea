"""The shape of §2N3.1's table (tables/odometer.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels
from ussg.guidelines.manual.ch2.s2n2_1.table_schemas import GuidelineReference


class Odometer(Levels):
    """A version of §2N3.1: (a) 6; more than one vehicle: §2F1.1 or §2B1.1."""

    vehicles: GuidelineReference


SCHEMAS = {"odometer": Odometer}
