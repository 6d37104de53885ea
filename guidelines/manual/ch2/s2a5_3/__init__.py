"""§2A5.3: committing certain crimes aboard aircraft, from Oct. 15, 1988 (Amendment 65)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A5.3",
    title="Committing Certain Crimes Aboard Aircraft",
    rules="ussg.guidelines.manual.ch2.s2a5_3.offense_level",
    table="crimes_aboard_aircraft",
    facts_key="crime_aboard_aircraft",
    facts="ussg.guidelines.manual.ch2.s2a5_3.facts:CrimeAboardAircraftFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside it
    summary="certain crimes aboard aircraft (from Oct. 15, 1988)",
    notes=("entered from Oct. 15, 1988 (Amendment 65)",
           "the underlying offense is computed under any guideline ussg computes, from its "
           "facts table in the same count; otherwise its level is stated"),
)
