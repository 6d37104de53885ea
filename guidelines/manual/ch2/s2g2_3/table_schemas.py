"""The schema of §2G2.3's table (tables/selling_or_buying_children.toml): a base offense level
of one number, as Part D's one-number guidelines write it."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"selling_or_buying_children": LevelOptions}
