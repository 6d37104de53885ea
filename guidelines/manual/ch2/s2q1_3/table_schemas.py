"""The shape of §2Q1.3's table (tables/environmental_pollutants.toml): §2Q1.2's (a)-(b)(5)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.s2q1_2.table_schemas import Pollutants

SCHEMAS = {"environmental_pollutants": Pollutants}
