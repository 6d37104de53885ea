"""The shape of §2E3.2's table (tables/wagering_information_2e3_2.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"wagering_information_2e3_2": Levels}
