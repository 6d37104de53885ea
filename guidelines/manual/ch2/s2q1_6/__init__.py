"""§2Q1.6: hazardous or injurious devices on federal lands, in every edition from Nov. 1, 1989
(Amendment 208)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2Q1.6",
    title="Hazardous or Injurious Devices on Federal Lands",
    rules="ussg.guidelines.manual.ch2.s2q1_6.offense_level",
    table="federal_lands_devices",
    facts_key="federal_lands_devices",
    facts="ussg.guidelines.manual.ch2.s2q1_6.facts:FederalLandsDevicesFacts",
    summary="hazardous or injurious devices on federal lands",
    notes=("entered from Nov. 1, 1989 (before Nov. 1, 2010 derived from the 2016 words and "
           "Amendments 313, 617, 646, 746); (a)(1)-(3) through the registry (§2D1.9, §2B1.3 or "
           "§2B1.1, §2A2.2), the greatest of those found and (a)(4)'s 6",),
)
