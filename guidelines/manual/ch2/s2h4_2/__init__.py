"""§2H4.2: willful violations of the Migrant and Seasonal Agricultural Worker Protection Act,
from May 1, 2001 (Amendment 612)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H4.2",
    title="Willful Violations of the Migrant and Seasonal Agricultural Worker Protection Act",
    rules="ussg.guidelines.manual.ch2.s2h4_2.offense_level",
    table="migrant_agricultural_worker",
    facts_key="migrant_agricultural_worker",
    facts="ussg.guidelines.manual.ch2.s2h4_2.facts:MigrantAgriculturalWorkerFacts",
    summary="migrant and seasonal agricultural worker protection (from May 1, 2001)",
    checklist=("migrant_agricultural_worker.bodily_injury",
               "migrant_agricultural_worker.prior_adjudication"),
    notes=("entered from May 1, 2001 (Amendment 612); refused before",),
)
