"""The shape of §2M3.7's table (tables/classified_disclosure_by_employee_1987.toml)."""

from ussg.guidelines.manual.ch2.fixed_levels import Levels

SCHEMAS = {"classified_disclosure_by_employee_1987": Levels}
