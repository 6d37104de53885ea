"""§2T1.6: failing to collect or truthfully account for and pay over tax (the Tax Table of
§2T4.1 for the tax not paid over; from Nov. 1, 1991 the cross reference to §2B1.1)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.6",
    title="Failing to Collect or Truthfully Account for and Pay Over Tax",
    rules="ussg.guidelines.manual.ch2.s2t1_6.offense_level",
    table="tax_pay_over",
    facts_key="tax_pay_over",
    facts="ussg.guidelines.manual.ch2.s2t1_6.facts:TaxPayOverFacts",
    applies_facts_of="embezzlement_guideline",  # (b)(1): [offense.theft_fraud] beside it
    summary="failing to collect or pay over tax (Tax Table §2T4.1)",
    notes=("the tax not collected or accounted for and paid over (1987: with the interest) is "
           "taken as the court found it",),
    checklist=("tax_pay_over.cross_reference",),
)
