"""§2S1.3: structuring transactions to evade reporting requirements; failure to report cash or
monetary transactions; ... (Nov. 1, 1987 on; until Nov. 1, 1993 "Failure to Report Monetary
Transactions; Structuring Transactions to Evade Reporting Requirements", Amendment 490)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2S1.3",
    title="Structuring Transactions to Evade Reporting Requirements; Failure to Report Cash or "
          "Monetary Transactions; Failure to File Currency and Monetary Instrument Report; "
          "Knowingly Filing False Reports; Bulk Cash Smuggling; Establishing or Maintaining "
          "Prohibited Accounts",
    rules="ussg.guidelines.manual.ch2.s2s1_3.offense_level",
    table="structuring",
    facts_key="structuring",
    facts="ussg.guidelines.manual.ch2.s2s1_3.facts:StructuringFacts",
    applies_facts_of="tax_guideline",  # (c)(1): [offense.tax_evasion] beside [offense.structuring]
    summary="structuring; currency and monetary instrument reports",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a) 13 or 5, (b)(1), (b)(2) by §2S1.1(b)(2)'s table; "
           "from Nov. 1, 1993: 6 plus the §2F1.1 or §2B1.1 table of the same date, (a)(1) 8 "
           "(from 2002), (b)(1)-(3), (c)(1) through Part T; not the fines of organizations "
           "(1991-1993 (c)); refused Nov. 1, 2023 - Oct. 31, 2024 (Amendments 815, 830 unread)",),
    checklist=("structuring.knowledge", "structuring.value_increase", "structuring.pattern",
               "structuring.lawful_decrease", "structuring.tax_cross_reference"),
)
