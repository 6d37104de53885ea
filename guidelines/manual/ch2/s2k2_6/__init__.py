"""§2K2.6: possessing, purchasing, or owning body armor by violent felons."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K2.6",
    title="Possessing, Purchasing, or Owning Body Armor by Violent Felons",
    rules="ussg.guidelines.manual.ch2.s2k2_6.offense_level",
    table="body_armor_by_violent_felon",
    facts_key="body_armor_felon",
    facts="ussg.guidelines.manual.ch2.s2k2_6.facts:BodyArmorFacts",
    summary="body armor by a violent felon (18 U.S.C. § 931)",
)
