"""§2H3.3: obstructing correspondence, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2H3.3",
    title="Obstructing Correspondence",
    rules="ussg.guidelines.manual.ch2.s2h3_3.offense_level",
    table="obstructing_correspondence",
    facts_key="obstructing_correspondence",
    facts="ussg.guidelines.manual.ch2.s2h3_3.facts:ObstructingCorrespondenceFacts",
    applies_facts_of="property_guideline",  # (a)(2)-(3): that guideline's facts table beside it
    summary="obstructing correspondence",
    notes=("theft or destruction of mail: §2B1.1 (before Nov. 1, 2001 §2B1.3 for destruction) "
           "from its facts table in the same count, or its level stated",),
)
