"""§2T1.4: aiding, assisting, procuring, counseling, or advising tax fraud (the Tax Table of
§2T4.1 for the tax loss resulting from the defendant's aid)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.4",
    title="Aiding, Assisting, Procuring, Counseling, or Advising Tax Fraud",
    rules="ussg.guidelines.manual.ch2.s2t1_4.offense_level",
    table="tax_aiding_assisting",
    facts_key="tax_aiding",
    facts="ussg.guidelines.manual.ch2.s2t1_4.facts:TaxAidingFacts",
    summary="aiding or advising tax fraud (Tax Table §2T4.1)",
    notes=("the tax loss is taken as the court found it from Nov. 1, 1993; before, §2T1.3's "
           "tax loss is computed from the understatement",),
    checklist=("tax_aiding_assisting.scheme_income", "tax_aiding_assisting.return_preparer",
               "tax_aiding_assisting.sophisticated"),
)
