"""The shape of §2T2.2's table (tables/alcohol_tobacco_regulatory.toml): one base offense
level, as §2T1.8's."""

from ussg.guidelines.manual.ch2.s2t1_8.table_schemas import FixedLevel

SCHEMAS = {"alcohol_tobacco_regulatory": FixedLevel}
