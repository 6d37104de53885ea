"""The shape of §2M3.9's table (tables/covert_agent_disclosure.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"covert_agent_disclosure": Levels}
