"""The shape of §2M2.1's table (tables/war_material_destruction.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"war_material_destruction": Levels}
