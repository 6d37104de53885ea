"""The shape of §2K1.5's table (tables/aircraft_weapons.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph


class AircraftWeapons(MayNotExist):
    """One version of §2K1.5 (it exists in every edition)."""

    base_level: int = Field(ge=1, le=43)
    base_text: str
    greatest_text: str  # (b): "If more than one applies, use the greatest:"
    disregard: Paragraph  # (b)(1), +15
    prohibited: Paragraph  # (b)(2), +2
    negligence: Paragraph  # (b)(3), -3
    other_offense: CrossReference  # (c)(1)
    possessed_reaches: bool  # (c)(1) "used or possessed" (from Nov. 1, 1991), else "used"


SCHEMAS = {"aircraft_weapons": AircraftWeapons}
