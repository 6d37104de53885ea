"""§2B3.2: extortion by force or threat of injury or serious damage."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B3.2",
    title="Extortion by Force or Threat of Injury or Serious Damage",
    rules="ussg.guidelines.manual.ch2.s2b3_2.offense_level",
    table="extortion_by_force",
    facts_key="extortion",
    facts="ussg.guidelines.manual.ch2.s2b3_2.facts:ExtortionFacts",
    summary="extortion by force or threat",
)
