"""The shape of §2C1.5's table (tables/payments_to_obtain_public_office.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"payments_to_obtain_public_office": Levels}
