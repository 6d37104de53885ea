"""§2T1.3 as it stood Nov. 1, 1987 - Oct. 31, 1993: Fraud and False Statements Under Penalty
of Perjury (deleted by consolidation with §2T1.1, Amendment 491)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.3",
    title="Fraud and False Statements Under Penalty of Perjury (Nov. 1, 1987 - Oct. 31, 1993)",
    rules="ussg.guidelines.manual.ch2.s2t1_3.offense_level",
    table="tax_false_statement",
    facts_key="tax_false_statement",
    facts="ussg.guidelines.manual.ch2.s2t1_3.facts:TaxFalseStatementFacts",
    summary="false tax statements under penalty of perjury, 1987-1993",
    notes=("§2T1.3 exists only from Nov. 1, 1987 to Oct. 31, 1993 (deleted by Amendment 491)",),
    checklist=("tax_false_statement.criminal_income", "tax_false_statement.sophisticated"),
)
