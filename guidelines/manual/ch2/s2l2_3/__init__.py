"""§2L2.3: trafficking in a United States passport (Nov. 1, 1987 - Oct. 31, 1993; Amendment
481 consolidated it with §2L2.1)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2L2.3",
    title="Trafficking in a United States Passport",
    rules="ussg.guidelines.manual.ch2.s2l2_3.offense_level",
    table="passport_trafficking",
    facts_key="passport_trafficking",
    facts="ussg.guidelines.manual.ch2.s2l2_3.facts:PassportTraffickingFacts",
    summary="United States passport trafficking (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993",),
)
