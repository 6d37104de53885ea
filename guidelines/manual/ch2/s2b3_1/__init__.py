"""§2B3.1: robbery."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B3.1",
    title="Robbery",
    rules="ussg.guidelines.manual.ch2.s2b3_1.offense_level",
    table="robbery",
    facts_key="robbery",
    facts="ussg.guidelines.manual.ch2.s2b3_1.facts:RobberyFacts",
    summary="robbery",
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "robbery.financial_institution", "robbery.weapon", "robbery.bodily_injury",
        "robbery.abduction_or_restraint", "robbery.carjacking", "robbery.item_taken",
        "robbery.loss", "robbery.murder_cross_reference",),
)
