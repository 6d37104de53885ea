"""The schema of §2D3.1's table (tables/drug_registration_numbers.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"drug_registration_numbers": LevelOptions}
