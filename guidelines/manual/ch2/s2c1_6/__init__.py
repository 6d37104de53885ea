"""§2C1.6: loan or gratuity to bank examiner, or gratuity for adjustment of farm indebtedness,
or procuring bank loan, or discount of commercial paper (Nov. 1, 1987 - Oct. 31, 2004; a
deleted guideline, read from its successor §2C1.2's facts table)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2C1.6",
    title="Loan or Gratuity to Bank Examiner, or Gratuity for Adjustment of Farm "
          "Indebtedness, or Procuring Bank Loan, or Discount of Commercial Paper",
    rules="ussg.guidelines.manual.ch2.s2c1_6.offense_level",
    table="bank_examiner_gratuity_2c1_6",
    shares_facts_of=("2C1.2",),  # [offense.gratuity]
    summary="gratuity to a bank examiner (1987-2004)",
    notes=("Nov. 1, 1987 - Oct. 31, 2004: (a) 7, (b)(1) the value of the gratuity through the "
           "loss table of the same date (§2C1.2's [offense.gratuity] gratuity_value), comment. "
           "(n.1) no §3B1.3; deleted by consolidation with §2C1.2 (Amendment 666)",),
    checklist=("bank_examiner_gratuity_2c1_6.value",),
)
