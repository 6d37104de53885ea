"""§2G2.3 in the Chapter Two registry: "(a) Base Offense Level: 38" (from Nov. 1, 1989;
tables/selling_or_buying_children.toml); no specific offense characteristic. Read as the
one-number guidelines of Part D are (part_d_levels)."""

from ussg.guidelines.manual.ch2.part_d_levels import (
    base_offense_level_of_the_table as base_offense_level,
    no_specific_offense_characteristic as specific_offense_characteristics,
)

__all__ = ["base_offense_level", "specific_offense_characteristics"]
