"""§2A2.1: assault with intent to commit murder; attempted murder."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A2.1",
    title="Assault with Intent to Commit Murder; Attempted Murder",
    rules="ussg.guidelines.manual.ch2.s2a2_1.offense_level",
    table="attempted_murder",
    facts_key="attempted_murder",
    facts="ussg.guidelines.manual.ch2.s2a2_1.facts:AttemptedMurderFacts",
    summary="attempted murder",
    # the checklist trail: its characteristics, each where the edition has it
    checklist=("attempted_murder.planning", "attempted_murder.weapon",
               "attempted_murder.bodily_injury", "attempted_murder.payment",
               "attempted_murder.pecuniary_value"),
)
