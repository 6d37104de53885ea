"""§2J1.5: failure to appear by material witness, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.5",
    title="Failure to Appear by Material Witness",
    rules="ussg.guidelines.manual.ch2.s2j1_5.offense_level",
    table="material_witness_failure_to_appear",
    facts_key="material_witness",
    facts="ussg.guidelines.manual.ch2.s2j1_5.facts:MaterialWitnessFacts",
    summary="failure to appear by material witness",
    checklist=("material_witness_failure_to_appear.substantial_interference",),
)
