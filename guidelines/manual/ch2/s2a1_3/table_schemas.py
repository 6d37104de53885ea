"""The shape of §2A1.3's table (tables/voluntary_manslaughter.toml): a single base offense level, as
§2A1.1's."""

from ussg.guidelines.manual.ch2.s2a1_1.table_schemas import SingleLevel

SCHEMAS = {"voluntary_manslaughter": SingleLevel}
