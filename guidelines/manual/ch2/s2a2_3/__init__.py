"""§2A2.3: assault (minor assault before Nov. 1, 2014)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A2.3",
    title="Assault",
    rules="ussg.guidelines.manual.ch2.s2a2_3.offense_level",
    table="assault",
    facts_key="assault",
    facts="ussg.guidelines.manual.ch2.s2a2_3.facts:AssaultFacts",
    summary="assault",
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "assault.bodily_injury", "assault.substantial_bodily_injury", "assault.cross_reference",),
)
