"""§2A1.4: involuntary manslaughter."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A1.4",
    title="Involuntary Manslaughter",
    rules="ussg.guidelines.manual.ch2.s2a1_4.offense_level",
    table="involuntary_manslaughter",
    facts_key="involuntary_manslaughter",
    facts="ussg.guidelines.manual.ch2.s2a1_4.facts:InvoluntaryManslaughterFacts",
    summary="involuntary manslaughter",
    checklist=("involuntary_manslaughter.more_than_one_person",),
)
