"""The shape of §2M3.1's table (tables/defense_information_foreign_government.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"defense_information_foreign_government": Levels}
