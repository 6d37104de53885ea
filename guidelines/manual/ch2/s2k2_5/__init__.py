"""§2K2.5: possession of a firearm or dangerous weapon in a federal facility; possession or
discharge of a firearm in a school zone."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K2.5",
    title="Possession of Firearm or Dangerous Weapon in Federal Facility; Possession or "
          "Discharge of Firearm in School Zone",
    rules="ussg.guidelines.manual.ch2.s2k2_5.offense_level",
    table="weapon_in_federal_facility",
    facts_key="federal_facility",
    facts="ussg.guidelines.manual.ch2.s2k2_5.facts:FederalFacilityFacts",
    uses_drugs=True,  # (c)(1) into §2D1.1 reads [offense] drugs
    summary="weapon in a federal facility or school zone",
)
