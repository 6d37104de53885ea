"""§2X4.1: misprision of felony."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X4.1",
    title="Misprision of Felony",
    rules="ussg.guidelines.manual.ch2.s2x4_1.misprision",
    table="misprision_of_felony",
    facts_key="misprision",
    facts="ussg.guidelines.manual.ch2.s2x4_1.facts:MisprisionFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.misprision]
    summary="misprision of felony",
    notes=("the underlying offense is computed under any guideline ussg computes, from its "
           "facts table in the same count (as the defendant knew or reasonably should have "
           "known them: comment. (n.1)); otherwise its level is stated",),
)
