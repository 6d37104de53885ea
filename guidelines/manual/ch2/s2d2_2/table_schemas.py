"""The schema of §2D2.2's table (tables/drug_acquired_by_fraud.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"drug_acquired_by_fraud": LevelOptions}
