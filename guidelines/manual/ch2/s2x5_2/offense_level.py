"""§2X5.2 in the Chapter Two registry: "(a) Base Offense Level: 6" (from Nov. 1, 2006;
tables/class_a_misdemeanors.toml); no specific offense characteristic. Read as the
one-number guidelines of Part D are (part_d_levels)."""

from ussg.guidelines.manual.ch2.part_d_levels import (
    base_offense_level_of_the_table as base_offense_level,
    no_specific_offense_characteristic as specific_offense_characteristics,
)

__all__ = ["base_offense_level", "specific_offense_characteristics"]
