"""The shape of §2M2.4's table (tables/defective_defense_material_1987.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"defective_defense_material_1987": Levels}
