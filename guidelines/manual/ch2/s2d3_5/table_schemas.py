"""The shape of §2D3.5's table (tables/listed_chemical_records_2d3_5.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"listed_chemical_records_2d3_5": Levels}
