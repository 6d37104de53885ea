"""§2L1.3: engaging in a pattern of unlawful employment of aliens, Nov. 1, 1987 - Oct. 31, 1989 (deleted by Amendment
194, a guideline for a petty offense): "(a) Base Offense Level: 6"; from June 15, 1988 §1B1.9
(Petty Offenses) exempted its offense from the guidelines (refused)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2L1.3",
    title="Engaging in a Pattern of Unlawful Employment of Aliens",
    rules="ussg.guidelines.manual.ch2.s2l1_3.offense_level",
    table="alien_employment_pattern_1987",
    summary="engaging in a pattern of unlawful employment of aliens (1987-1989)",
    notes=("Nov. 1, 1987 - June 14, 1988; refused from June 15, 1988 (§1B1.9, petty offenses) "
           "and after its deletion, Nov. 1, 1989",),
)
