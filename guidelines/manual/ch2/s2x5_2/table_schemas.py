"""The schema of §2X5.2's table (tables/class_a_misdemeanors.toml): a base offense level of one
number, as Part D's one-number guidelines write it."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"class_a_misdemeanors": LevelOptions}
