"""§2A6.2: stalking or domestic violence (from Nov. 1, 1997)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A6.2",
    title="Stalking or Domestic Violence",
    rules="ussg.guidelines.manual.ch2.s2a6_2.offense_level",
    table="stalking_domestic_violence",
    facts_key="stalking",
    facts="ussg.guidelines.manual.ch2.s2a6_2.facts:StalkingFacts",
    applies_facts_of="cross_reference_guideline",  # (c)(1)'s Part A guideline: its facts table
    summary="stalking or domestic violence (from Nov. 1, 1997)",
    notes=("entered from Nov. 1, 1997 (Amendment 549); (c)(1)'s Part A guideline is computed "
           "from its facts table in the same count, or its level stated",),
    # the checklist trail: (b)(1) and the cross reference
    checklist=("stalking_domestic_violence.aggravating",
               "stalking_domestic_violence.cross_reference"),
)
