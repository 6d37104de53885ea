"""The schema of §2D3.2's table (tables/drug_regulatory_offenses.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"drug_regulatory_offenses": LevelOptions}
