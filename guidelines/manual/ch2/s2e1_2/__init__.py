"""§2E1.2: interstate or foreign travel or transportation in aid of a racketeering
enterprise."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E1.2",
    title="Interstate or Foreign Travel or Transportation in Aid of a Racketeering Enterprise",
    rules="ussg.guidelines.manual.ch2.s2e1_2.travel",
    table="racketeering_travel",
    facts_key="racketeering_travel",
    facts="ussg.guidelines.manual.ch2.s2e1_2.facts:RacketeeringTravelFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.racketeering_travel]
    summary="travel in aid of racketeering",
    notes=("one underlying offense, computed under any guideline ussg computes from its "
           "facts table in the same count, or its level stated; more than one (comment. "
           "(n.1): each as if a separate count) is refused",),
)
