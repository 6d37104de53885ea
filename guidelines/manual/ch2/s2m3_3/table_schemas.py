"""The shape of §2M3.3's table (tables/defense_information_transmitting.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"defense_information_transmitting": Levels}
