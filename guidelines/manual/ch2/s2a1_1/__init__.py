"""§2A1.1: first degree murder."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A1.1",
    title="First Degree Murder",
    rules="ussg.guidelines.manual.ch2.s2a1_1.offense_level",
    table="first_degree_murder",
    summary="first degree murder",
)
