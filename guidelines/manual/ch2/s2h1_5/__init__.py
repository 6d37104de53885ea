"""§2H1.5: other deprivations of rights or benefits in furtherance of discrimination (a former Part H, Subpart 1 guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H1.5",
    title="Other Deprivations of Rights or Benefits in Furtherance of Discrimination",
    rules="ussg.guidelines.manual.ch2.s2h1_5.offense_level",
    table="former_civil_rights_other_2h1_5",
    facts_key="civil_rights_other",
    facts="ussg.guidelines.manual.ch2.s2h1_5.facts:CivilRightsOtherFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.civil_rights_other]
    summary="other deprivations of rights or benefits (Nov. 1, 1987 - Oct. 31, 1995)",
    notes=("entered Nov. 1, 1987 - Oct. 31, 1995; deleted by consolidation with §2H1.1 (Amendment 521); the underlying offense is computed under any guideline ussg "
           "computes, from its facts table in the same count, otherwise its level is stated",),
    checklist=("former_civil_rights_other_2h1_5.public_official",),
)
