"""The schema of §2D1.2's table (tables/drug_protected_location.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"drug_protected_location": LevelOptions}
