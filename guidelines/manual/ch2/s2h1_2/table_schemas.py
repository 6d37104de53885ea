"""The shape of §2H1.2's table (tables/former_civil_rights_conspiracy_2h1_2.toml): a former Part H, Subpart 1
guideline's (guidelines/manual/ch2/s2h1_1/table_schemas.py)."""

from ussg.guidelines.manual.ch2.s2h1_1.table_schemas import Former

SCHEMAS = {"former_civil_rights_conspiracy_2h1_2": Former}
