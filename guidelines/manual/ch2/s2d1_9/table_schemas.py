"""The schema of §2D1.9's table (tables/dangerous_devices.toml)."""

from ussg.guidelines.manual.ch2.part_d_levels import LevelOptions

SCHEMAS = {"dangerous_devices": LevelOptions}
