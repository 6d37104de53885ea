"""§2D3.2 in the Chapter Two registry: "(a) Base Offense Level: 4" (every edition,
tables/drug_regulatory_offenses.toml); no specific offense characteristic."""

from ussg.guidelines.manual.ch2.part_d_levels import (
    base_offense_level_of_the_table as base_offense_level,
    no_specific_offense_characteristic as specific_offense_characteristics,
)

__all__ = ["base_offense_level", "specific_offense_characteristics"]
