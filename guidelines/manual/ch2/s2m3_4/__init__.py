"""§2M3.4: losing national defense information, in every edition from Nov. 1, 1987: (a)(1) 18 if
top secret, (a)(2) 13 otherwise."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M3.4",
    title="Losing National Defense Information",
    rules="ussg.guidelines.manual.ch2.s2m3_4.offense_level",
    table="defense_information_losing",
    facts_key="defense_information_losing",
    facts="ussg.guidelines.manual.ch2.s2m3_4.facts:LosingInformationFacts",
    summary="losing national defense information",
    notes=("the departure notes of §2M3.1's commentary (harm, national security) are not "
           "computed",),
)
