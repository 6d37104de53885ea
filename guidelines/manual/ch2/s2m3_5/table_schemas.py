"""The shape of §2M3.5's table (tables/atomic_energy_restricted_data.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"atomic_energy_restricted_data": Levels}
