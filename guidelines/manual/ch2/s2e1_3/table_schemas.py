"""The shape of §2E1.3's table (tables/violent_crimes_racketeering.toml)."""

from ussg.guidelines.manual.ch2.s2e1_2.table_schemas import ApplyTheGreater

SCHEMAS = {"violent_crimes_racketeering": ApplyTheGreater}
