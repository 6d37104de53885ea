"""§2Q1.4: tampering or attempted tampering with a public water system; threatening to tamper
with a public water system, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2Q1.4",
    title="Tampering or Attempted Tampering with a Public Water System; Threatening to Tamper "
          "with a Public Water System",
    rules="ussg.guidelines.manual.ch2.s2q1_4.offense_level",
    table="public_water_system",
    facts_key="public_water_system",
    facts="ussg.guidelines.manual.ch2.s2q1_4.facts:PublicWaterSystemFacts",
    summary="tampering with a public water system",
    notes=("entered from Nov. 1, 1987 (1987-2003 derived from Amendments 206 and 655); (c)(1)-(3) "
           "through the registry (§2A1.1, §2A1.2, §2A2.1, §2B3.2), if greater; (d)'s special "
           "instruction (multiple victims of one count) is not applied; departures not computed",),
    checklist=("public_water_system.risk", "public_water_system.injury",
               "public_water_system.disruption", "public_water_system.ongoing_release",
               "public_water_system.purpose", "public_water_system.death",
               "public_water_system.attempted_murder", "public_water_system.extortion"),
)
