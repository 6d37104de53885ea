"""The shape of §2M3.4's table (tables/defense_information_losing.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"defense_information_losing": Levels}
