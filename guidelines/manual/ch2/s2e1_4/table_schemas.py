"""The shape of §2E1.4's table (tables/murder_for_hire.toml)."""

from ussg.guidelines.manual.ch2.s2e1_2.table_schemas import ApplyTheGreater

SCHEMAS = {"murder_for_hire": ApplyTheGreater}
