"""The shape of §2A1.2's table (tables/second_degree_murder.toml): a single base offense level, as
§2A1.1's."""

from ussg.guidelines.manual.ch2.s2a1_1.table_schemas import SingleLevel

SCHEMAS = {"second_degree_murder": SingleLevel}
