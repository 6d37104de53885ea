"""The shape of §2M2.2's table (tables/defective_war_material_1987.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"defective_war_material_1987": Levels}
