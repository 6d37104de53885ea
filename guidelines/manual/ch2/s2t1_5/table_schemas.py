"""The shape of §2T1.5's table (tables/tax_fraudulent_returns.toml)."""

from ussg.guidelines.manual.ch2.s2t1_1.table_schemas import FormerTaxGuideline

SCHEMAS = {"tax_fraudulent_returns": FormerTaxGuideline}
