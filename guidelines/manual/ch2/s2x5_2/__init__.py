"""§2X5.2: Class A misdemeanors not covered by another specific offense guideline (from
Nov. 1, 2006, Amendment 685): "(a) Base Offense Level: 6"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X5.2",
    title="Class A Misdemeanors (Not Covered by Another Specific Offense Guideline)",
    rules="ussg.guidelines.manual.ch2.s2x5_2.offense_level",
    table="class_a_misdemeanors",
    summary="Class A misdemeanors not covered by another guideline (from 2006)",
)
