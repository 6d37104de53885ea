"""The shape of §2T1.3's table (tables/tax_false_statement.toml)."""

from ussg.guidelines.manual.ch2.s2t1_1.table_schemas import FormerTaxGuideline

SCHEMAS = {"tax_false_statement": FormerTaxGuideline}
