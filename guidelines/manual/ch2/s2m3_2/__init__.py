"""§2M3.2: gathering national defense information, in every edition from Nov. 1, 1987: (a)(1) 35 if
top secret, (a)(2) 30 otherwise."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M3.2",
    title="Gathering National Defense Information",
    rules="ussg.guidelines.manual.ch2.s2m3_2.offense_level",
    table="defense_information_gathering",
    facts_key="defense_information_gathering",
    facts="ussg.guidelines.manual.ch2.s2m3_2.facts:GatheringInformationFacts",
    summary="gathering national defense information",
    notes=("the departure notes of §2M3.1's commentary (harm, national security) are not "
           "computed",),
)
