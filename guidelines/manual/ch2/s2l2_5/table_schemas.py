"""The shape of §2L2.5's table (tables/canceled_naturalization_certificate.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"canceled_naturalization_certificate": Levels}
