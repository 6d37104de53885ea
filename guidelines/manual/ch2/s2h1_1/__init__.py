"""§2H1.1: offenses involving individual rights (from Nov. 1, 1995, as Amendment 521
consolidated it)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H1.1",
    title="Offenses Involving Individual Rights",
    rules="ussg.guidelines.manual.ch2.s2h1_1.offense_level",
    table="individual_rights",
    facts_key="individual_rights",
    facts="ussg.guidelines.manual.ch2.s2h1_1.facts:IndividualRightsFacts",
    uses_drugs=True,  # (a)(1) with an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.individual_rights]
    summary="offenses involving individual rights",
    notes=("entered from Nov. 1, 1995 (Amendment 521's consolidated guideline); refused "
           "before (the former §§2H1.1-2H1.5 are not entered); the underlying offense of "
           "(a)(1) is computed under any guideline ussg computes, from its facts table in the "
           "same count, otherwise its level is stated",),
    checklist=("individual_rights.underlying", "individual_rights.participants",
               "individual_rights.force", "individual_rights.public_official"),
)
