"""§2Q1.5: threatened tampering with public water system, Nov. 1, 1987 - Oct. 31, 2003
(deleted by consolidation with §2Q1.4, Amendment 655)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2Q1.5",
    title="Threatened Tampering with Public Water System",
    rules="ussg.guidelines.manual.ch2.s2q1_5.offense_level",
    table="threatened_water_tampering",
    facts_key="threatened_water_tampering",
    facts="ussg.guidelines.manual.ch2.s2q1_5.facts:ThreatenedWaterTamperingFacts",
    summary="threatened tampering with a public water system (1987-2003)",
    notes=("entered Nov. 1, 1987 - Oct. 31, 2003 (derived from Amendments 207 and 655; refused "
           "after: §2Q1.4); (c)(1) into §2B3.2 through the registry",),
    checklist=("threatened_water_tampering.disruption", "threatened_water_tampering.purpose",
               "threatened_water_tampering.extortion"),
)
