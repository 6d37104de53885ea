"""The shape of §2K2.3's table before 1991 (tables/former_firearm_2k2_3.toml): the same as
§2K2.2's (s2k2_2/table_schemas.py)."""

from ussg.guidelines.manual.ch2.s2k2_2.table_schemas import FormerFirearmGuideline

SCHEMAS = {"former_firearm_2k2_3": FormerFirearmGuideline}
