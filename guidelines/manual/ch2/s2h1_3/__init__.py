"""§2H1.3: use of force or threat of force to deny benefits or rights in furtherance of discrimination; damage to religious real property (a former Part H, Subpart 1 guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H1.3",
    title="Use of Force or Threat of Force to Deny Benefits or Rights in Furtherance of Discrimination; Damage to Religious Real Property",
    rules="ussg.guidelines.manual.ch2.s2h1_3.offense_level",
    table="former_civil_rights_force_2h1_3",
    facts_key="civil_rights_force",
    facts="ussg.guidelines.manual.ch2.s2h1_3.facts:CivilRightsForceFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.civil_rights_force]
    summary="use of force or threat of force to deny benefits or rights (Nov. 1, 1987 - Oct. 31, 1995)",
    notes=("entered Nov. 1, 1987 - Oct. 31, 1995; deleted by consolidation with §2H1.1 (Amendment 521); the underlying offense is computed under any guideline ussg "
           "computes, from its facts table in the same count, otherwise its level is stated",),
    checklist=("former_civil_rights_force_2h1_3.public_official",),
)
