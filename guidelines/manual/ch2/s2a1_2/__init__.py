"""§2A1.2: second degree murder."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A1.2",
    title="Second Degree Murder",
    rules="ussg.guidelines.manual.ch2.s2a1_2.offense_level",
    table="second_degree_murder",
    summary="second degree murder",
)
