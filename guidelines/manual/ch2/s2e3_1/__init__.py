"""§2E3.1: gambling offenses; animal fighting offenses (Nov. 1, 1987 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E3.1",
    title="Gambling Offenses; Animal Fighting Offenses",
    rules="ussg.guidelines.manual.ch2.s2e3_1.offense_level",
    table="gambling_offenses",
    facts_key="gambling",
    facts="ussg.guidelines.manual.ch2.s2e3_1.facts:GamblingFacts",
    summary="gambling offenses; animal fighting offenses",
    notes=("Nov. 1, 1987 on: (a) by edition (engaging in a gambling business 12 until 1993; "
           "12 or 6 from Amendment 481; animal fighting 10 from Amendment 721, 16 or 10 from "
           "Amendment 800). The former §§2E3.2 and 2E3.3 (1987-1993) are guidelines of their own; the "
           "departure note is stated in [[departures]]",),
)
