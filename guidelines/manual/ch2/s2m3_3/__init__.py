"""§2M3.3: transmitting national defense information; disclosure or receipt of classified information, in every edition from Nov. 1, 1987: (a)(1) 29 if
top secret, (a)(2) 24 otherwise."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M3.3",
    title="Transmitting National Defense Information; Disclosure of Classified Cryptographic Information; Unauthorized Disclosure to a Foreign Government or a Communist Organization of Classified Information by Government Employee; Unauthorized Receipt of Classified Information",
    rules="ussg.guidelines.manual.ch2.s2m3_3.offense_level",
    table="defense_information_transmitting",
    facts_key="defense_information_transmitting",
    facts="ussg.guidelines.manual.ch2.s2m3_3.facts:TransmittingInformationFacts",
    summary="transmitting national defense information; disclosure or receipt of classified information",
    notes=("the departure notes of §2M3.1's commentary (harm, national security) are not "
           "computed",),
)
