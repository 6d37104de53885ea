"""The shape of §2N1.3's table (tables/tampering_to_injure_business.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"tampering_to_injure_business": Levels}
