"""The shape of §2M3.2's table (tables/defense_information_gathering.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"defense_information_gathering": Levels}
