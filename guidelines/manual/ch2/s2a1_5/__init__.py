"""§2A1.5: conspiracy or solicitation to commit murder (from Nov. 1, 1990)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A1.5",
    title="Conspiracy or Solicitation to Commit Murder",
    rules="ussg.guidelines.manual.ch2.s2a1_5.offense_level",
    table="conspiracy_solicitation_murder",
    facts_key="murder_conspiracy_or_solicitation",
    facts="ussg.guidelines.manual.ch2.s2a1_5.facts:MurderConspiracyFacts",
    summary="conspiracy or solicitation to commit murder",
    # the checklist trail: its characteristic and cross references
    checklist=("conspiracy_solicitation_murder.pecuniary_value",
               "conspiracy_solicitation_murder.death_cross_reference",
               "conspiracy_solicitation_murder.attempted_murder_cross_reference"),
)
