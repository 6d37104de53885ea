"""§2A2.2: aggravated assault."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A2.2",
    title="Aggravated Assault",
    rules="ussg.guidelines.manual.ch2.s2a2_2.offense_level",
    table="aggravated_assault",
    facts_key="aggravated_assault",
    facts="ussg.guidelines.manual.ch2.s2a2_2.facts:AggravatedAssaultFacts",
    summary="aggravated assault",
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "aggravated_assault.planning", "aggravated_assault.weapon",
        "aggravated_assault.bodily_injury", "aggravated_assault.strangling",
        "aggravated_assault.payment", "aggravated_assault.protection_order",
        "aggravated_assault.statutory",),
)
