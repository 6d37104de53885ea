"""§2H1.2: conspiracy to interfere with civil rights (a former Part H, Subpart 1 guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H1.2",
    title="Conspiracy to Interfere with Civil Rights",
    rules="ussg.guidelines.manual.ch2.s2h1_2.offense_level",
    table="former_civil_rights_conspiracy_2h1_2",
    facts_key="civil_rights_conspiracy",
    facts="ussg.guidelines.manual.ch2.s2h1_2.facts:CivilRightsConspiracyFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.civil_rights_conspiracy]
    summary="conspiracy to interfere with civil rights (Nov. 1, 1987 - Oct. 31, 1990)",
    notes=("entered Nov. 1, 1987 - Oct. 31, 1990; deleted by consolidation with §2H1.1 (Amendment 327); the underlying offense is computed under any guideline ussg "
           "computes, from its facts table in the same count, otherwise its level is stated",),
    checklist=("former_civil_rights_conspiracy_2h1_2.public_official",),
)
