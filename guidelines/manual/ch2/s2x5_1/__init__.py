"""§2X5.1: other felony offenses (before Nov. 1, 2006 "Other Offenses"; before June 15, 1988
a policy statement)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X5.1",
    title="Other Felony Offenses",
    rules="ussg.guidelines.manual.ch2.s2x5_1.most_analogous",
    table="other_offenses",
    facts_key="analogous",
    facts="ussg.guidelines.manual.ch2.s2x5_1.facts:AnalogousFacts",
    uses_drugs=True,  # a most analogous guideline §2D1.1 reads [offense] drugs
    applies_facts_of="analogous_guideline",  # its facts table beside [offense.analogous]
    summary="other felony offenses (the most analogous guideline)",
    notes=("the most analogous guideline is the court's finding: named in the case, computed "
           "if ussg computes it, its level stated otherwise; where none is sufficiently "
           "analogous, 18 U.S.C. § 3553 controls and ussg computes no range (refused)",),
)
