"""The shape of §2P1.3's table (tables/prison_riot.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"prison_riot": Levels}
