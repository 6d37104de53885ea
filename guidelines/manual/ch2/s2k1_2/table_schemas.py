"""The shape of §2K1.2's table (tables/explosives_storage_1987.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"explosives_storage_1987": Levels}
