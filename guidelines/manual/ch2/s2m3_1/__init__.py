"""§2M3.1: gathering or transmitting national defense information to aid a foreign government, in every edition from Nov. 1, 1987: (a)(1) 42 if
top secret, (a)(2) 37 otherwise."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M3.1",
    title="Gathering or Transmitting National Defense Information to Aid a Foreign Government",
    rules="ussg.guidelines.manual.ch2.s2m3_1.offense_level",
    table="defense_information_foreign_government",
    facts_key="defense_information_foreign",
    facts="ussg.guidelines.manual.ch2.s2m3_1.facts:ForeignGovernmentInformationFacts",
    summary="gathering or transmitting national defense information to aid a foreign government",
    notes=("the departure notes of §2M3.1's commentary (harm, national security) are not "
           "computed",),
)
