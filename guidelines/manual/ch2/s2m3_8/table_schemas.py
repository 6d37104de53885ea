"""The shape of §2M3.8's table (tables/classified_receipt_1987.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"classified_receipt_1987": Levels}
