"""The shape of §2D3.3's table (tables/registration_number_distribution_2d3_3.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"registration_number_distribution_2d3_3": Levels}
