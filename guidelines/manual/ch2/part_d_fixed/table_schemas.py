"""The schema of the tables of §§2D2.2, 2D3.1, 2D3.2 (a base offense level, one option)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"drug_acquired_by_fraud": LevelOptions, "drug_registration_numbers": LevelOptions,
           "drug_regulatory_offenses": LevelOptions}
