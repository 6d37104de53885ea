"""The shape of §2C1.4's table (tables/unauthorized_compensation_2c1_4.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"unauthorized_compensation_2c1_4": Levels}
