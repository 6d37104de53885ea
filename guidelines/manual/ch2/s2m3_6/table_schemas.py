"""The shape of §2M3.6's table (tables/cryptographic_disclosure_1987.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"cryptographic_disclosure_1987": Levels}
