"""The shape of §2B1.3's table (tables/property_damage.toml): §2B1.2's."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.s2b1_2.table_schemas import PropertyGuideline

SCHEMAS = {"property_damage": PropertyGuideline}
