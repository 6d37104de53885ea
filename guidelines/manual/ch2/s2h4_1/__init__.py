"""§2H4.1: peonage, involuntary servitude, slave trade, and child soldiers."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H4.1",
    title="Peonage, Involuntary Servitude, Slave Trade, and Child Soldiers",
    rules="ussg.guidelines.manual.ch2.s2h4_1.offense_level",
    table="peonage",
    facts_key="peonage",
    facts="ussg.guidelines.manual.ch2.s2h4_1.facts:PeonageFacts",
    uses_drugs=True,  # the underlying or other felony offense under §2D1.1 reads [offense] drugs
    applies_facts_of="other_offense_guideline",  # its facts table beside [offense.peonage]
    summary="peonage, involuntary servitude, slave trade",
    notes=("entered from Nov. 1, 1987 (1987 (a) as Amendment 542 quotes it); the underlying "
           "offense of (a)(2) (before May 1, 1997) and the other felony offense of (b)(4) are "
           "computed under any guideline ussg computes, from its facts table in the same "
           "count, otherwise their level is stated",),
    checklist=("peonage.bodily_injury", "peonage.weapon", "peonage.held",
               "peonage.other_offense"),
)
