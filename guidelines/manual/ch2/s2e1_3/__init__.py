"""§2E1.3: violent crimes in aid of racketeering activity."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E1.3",
    title="Violent Crimes in Aid of Racketeering Activity",
    rules="ussg.guidelines.manual.ch2.s2e1_3.violent_crimes",
    table="violent_crimes_racketeering",
    facts_key="violent_crime_racketeering",
    facts="ussg.guidelines.manual.ch2.s2e1_2.facts:ViolentCrimeRacketeeringFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.violent_crime_racketeering]
    summary="violent crimes in aid of racketeering",
    notes=("the underlying crime is computed under any guideline ussg computes from its "
           "facts table in the same count, or its level stated",),
)
