"""The shape of §2K1.1's table (tables/explosives_reporting_storage.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"explosives_reporting_storage": Levels}
