"""The shape of §2D3.4's table (tables/illegal_transshipment_2d3_4.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"illegal_transshipment_2d3_4": Levels}
