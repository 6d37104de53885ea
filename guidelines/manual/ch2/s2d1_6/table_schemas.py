"""The schema of §2D1.6's table (tables/communication_facility.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"communication_facility": LevelOptions}
