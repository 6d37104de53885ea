"""§2H2.1: obstructing an election or registration, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H2.1",
    title="Obstructing an Election or Registration",
    rules="ussg.guidelines.manual.ch2.s2h2_1.offense_level",
    table="obstructing_election",
    facts_key="obstructing_election",
    facts="ussg.guidelines.manual.ch2.s2h2_1.facts:ObstructingElectionFacts",
    summary="obstructing an election or registration",
    notes=("comment. (n.1)'s upward departure (to 2025) is the court's, not computed",),
)
