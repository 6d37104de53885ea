"""§2X2.1: aiding and abetting."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X2.1",
    title="Aiding and Abetting",
    rules="ussg.guidelines.manual.ch2.s2x2_1.aiding_abetting",
    table="aiding_and_abetting",
    facts_key="aiding_abetting",
    facts="ussg.guidelines.manual.ch2.s2x2_1.facts:AidingAbettingFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.aiding_abetting]
    summary="aiding and abetting",
    notes=("the underlying offense is computed under any guideline ussg computes, from its "
           "facts table in the same count; otherwise its level is stated",),
)
