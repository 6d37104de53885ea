"""The shape of §2M2.3's table (tables/defense_material_destruction.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"defense_material_destruction": Levels}
