"""§2B4.1: bribery in procurement of bank loan and other commercial bribery (Nov. 1, 1987 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B4.1",
    title="Bribery in Procurement of Bank Loan and Other Commercial Bribery",
    rules="ussg.guidelines.manual.ch2.s2b4_1.offense_level",
    table="commercial_bribery",
    facts_key="commercial_bribery",
    facts="ussg.guidelines.manual.ch2.s2b4_1.facts:CommercialBriberyFacts",
    summary="commercial bribery",
    notes=("Nov. 1, 1987 on: (a) 8; (b)(1) the greater of the bribe and the improper benefit "
           "through the §2F1.1 or §2B1.1 loss table of the same date; (b)(2) the financial "
           "institution (from 1990) and its floor of 24. (c) (fines for organizations) is not "
           "applied: ussg sentences individuals",),
    checklist=("commercial_bribery.value", "commercial_bribery.financial_institution"),
)
