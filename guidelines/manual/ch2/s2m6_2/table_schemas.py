"""The shape of §2M6.2's table (tables/atomic_energy_violation.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"atomic_energy_violation": Levels}
