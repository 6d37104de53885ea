"""§2B3.3: blackmail and similar forms of extortion."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B3.3",
    title="Blackmail and Similar Forms of Extortion",
    rules="ussg.guidelines.manual.ch2.s2b3_3.offense_level",
    table="blackmail",
    facts_key="blackmail",
    facts="ussg.guidelines.manual.ch2.s2b3_3.facts:BlackmailFacts",
    summary="blackmail",
)
