"""§2M4.1: failure to register and evasion of military service, in every edition from Nov. 1,
1987: (a) 6; (b)(1) +6 while persons were being inducted (1987-1990: "other than in time of war
or armed conflict"; from Nov. 1, 1990, Amendment 336, for compulsory military service)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M4.1",
    title="Failure to Register and Evasion of Military Service",
    rules="ussg.guidelines.manual.ch2.s2m4_1.offense_level",
    table="military_service_evasion",
    facts_key="military_service_evasion",
    facts="ussg.guidelines.manual.ch2.s2m4_1.facts:MilitaryServiceEvasionFacts",
    summary="failure to register and evasion of military service",
    notes=("the upward departure of comment. (n.1) (1990-2025: induction in time of war or "
           "armed conflict) is not computed",),
    checklist=("military_service_evasion.induction",),
)
