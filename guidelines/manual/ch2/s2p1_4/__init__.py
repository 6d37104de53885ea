"""§2P1.4: trespass on bureau of prisons facilities, Nov. 1, 1987 - Oct. 31, 1989 (deleted by Amendment
204, a guideline for a petty offense): "(a) Base Offense Level: 6"; from June 15, 1988 §1B1.9
(Petty Offenses) exempted its offense from the guidelines (refused)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2P1.4",
    title="Trespass on Bureau of Prisons Facilities",
    rules="ussg.guidelines.manual.ch2.s2p1_4.offense_level",
    table="prison_trespass_1987",
    summary="trespass on Bureau of Prisons facilities (1987-1989)",
    notes=("Nov. 1, 1987 - June 14, 1988; refused from June 15, 1988 (§1B1.9, petty offenses) "
           "and after its deletion, Nov. 1, 1989",),
)
