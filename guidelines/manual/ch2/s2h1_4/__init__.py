"""§2H1.4: interference with civil rights under color of law (a former Part H, Subpart 1 guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H1.4",
    title="Interference with Civil Rights Under Color of Law",
    rules="ussg.guidelines.manual.ch2.s2h1_4.offense_level",
    table="former_civil_rights_color_of_law_2h1_4",
    facts_key="civil_rights_color_of_law",
    facts="ussg.guidelines.manual.ch2.s2h1_4.facts:CivilRightsColorOfLawFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.civil_rights_color_of_law]
    summary="interference with civil rights under color of law (Nov. 1, 1987 - Oct. 31, 1995)",
    notes=("entered Nov. 1, 1987 - Oct. 31, 1995; deleted by consolidation with §2H1.1 (Amendment 521); the underlying offense is computed under any guideline ussg "
           "computes, from its facts table in the same count, otherwise its level is stated",),
)
