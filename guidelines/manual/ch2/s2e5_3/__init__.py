"""§2E5.3: false statements and concealment of facts in documents required by ERISA; LMRDA
records; corporate audit records (Nov. 1, 1987 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E5.3",
    title="False Statements and Concealment of Facts in Relation to Documents Required by the "
          "Employee Retirement Income Security Act; Failure to Maintain and Falsification of "
          "Records Required by the Labor Management Reporting and Disclosure Act; Destruction "
          "and Failure to Maintain Corporate Audit Records",
    rules="ussg.guidelines.manual.ch2.s2e5_3.offense_level",
    table="erisa_false_statements",
    facts_key="erisa_false_statements",
    applies_facts_of="applied_guideline",  # (a)(2)'s guideline: its facts table beside
    facts="ussg.guidelines.manual.ch2.s2e5_3.facts:ErisaFalseStatementsFacts",
    summary="false statements in ERISA documents; LMRDA and audit records",
    notes=("Nov. 1, 1987 on: (a) the greater of 6 and (a)(2)'s guideline (§2E5.2, stated, "
           "before Nov. 1, 1993; §2B1.1, §2E5.1, from Jan. 25, 2003 §2J1.2) through the "
           "registry",),
)
