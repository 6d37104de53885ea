"""§2T3.2 as it stood Nov. 1, 1987 - Oct. 31, 1992: Receiving or Trafficking in Smuggled Property
(the Tax Table of §2T4.1 for the duty; deleted by consolidation with §2T3.1, Amendment 453)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T3.2",
    title="Receiving or Trafficking in Smuggled Property (Nov. 1, 1987 - Oct. 31, 1992)",
    rules="ussg.guidelines.manual.ch2.s2t3_2.offense_level",
    table="smuggled_property",
    facts_key="smuggled_property",
    facts="ussg.guidelines.manual.ch2.s2t3_2.facts:SmuggledPropertyFacts",
    summary="receiving or trafficking in smuggled property, 1987-1992",
    notes=("§2T3.2 exists only from Nov. 1, 1987 to Oct. 31, 1992 (deleted by Amendment 453)",),
    checklist=("smuggled_property.sophisticated",),
)
