"""§2M1.1: treason, in every edition from Nov. 1, 1987: (a)(1) 43 if the conduct is tantamount
to waging war against the United States; (a)(2) the offense level applicable to the most
analogous offense, otherwise (stated by the case file)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M1.1",
    title="Treason",
    rules="ussg.guidelines.manual.ch2.s2m1_1.offense_level",
    table="treason",
    facts_key="treason",
    facts="ussg.guidelines.manual.ch2.s2m1_1.facts:TreasonFacts",
    summary="treason",
    notes=("(a)(2)'s level of the most analogous offense is stated, not computed",),
)
