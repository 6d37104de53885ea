"""The shape of §2Q1.1's table (tables/knowing_endangerment.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"knowing_endangerment": Levels}
