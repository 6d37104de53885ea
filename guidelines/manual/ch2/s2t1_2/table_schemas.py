"""The shape of §2T1.2's table (tables/tax_failure_to_file.toml)."""

from ussg.guidelines.manual.ch2.s2t1_1.table_schemas import FormerTaxGuideline

SCHEMAS = {"tax_failure_to_file": FormerTaxGuideline}
