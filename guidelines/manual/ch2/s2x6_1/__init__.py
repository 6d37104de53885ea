"""§2X6.1: use of a minor in a crime of violence (from Nov. 1, 2004)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X6.1",
    title="Use of a Minor in a Crime of Violence",
    rules="ussg.guidelines.manual.ch2.s2x6_1.offense_level",
    table="use_of_minor_crime_of_violence",
    facts_key="minor_crime_of_violence",
    facts="ussg.guidelines.manual.ch2.s2x6_1.facts:MinorCrimeOfViolenceFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.minor_crime_of_violence]
    summary="use of a minor in a crime of violence (from Nov. 1, 2004)",
    notes=("entered from Nov. 1, 2004 (Amendment 674); the underlying crime of violence is "
           "computed under any guideline ussg computes from its facts table in the same "
           "count, or its level stated",),
)
