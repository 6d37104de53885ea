"""§2X3.1: accessory after the fact."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X3.1",
    title="Accessory After the Fact",
    rules="ussg.guidelines.manual.ch2.s2x3_1.accessory",
    table="accessory_after_the_fact",
    facts_key="accessory",
    facts="ussg.guidelines.manual.ch2.s2x3_1.facts:AccessoryFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.accessory]
    summary="accessory after the fact",
    notes=("the underlying offense is computed under any guideline ussg computes, from its "
           "facts table in the same count (as the defendant knew or reasonably should have "
           "known them: comment. (n.1)); otherwise its level is stated",),
)
