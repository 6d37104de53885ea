"""The schema of §2D2.3's table (tables/common_carrier_under_the_influence.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"common_carrier_under_the_influence": LevelOptions}
