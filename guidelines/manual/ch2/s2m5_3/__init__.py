"""§2M5.3: providing material support or resources to designated foreign terrorist
organizations (or specially designated global terrorists, or for a terrorist purpose), from
Nov. 1, 2002 (Amendment 637)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M5.3",
    title="Providing Material Support or Resources to Designated Foreign Terrorist "
          "Organizations or Specially Designated Global Terrorists, or For a Terrorist Purpose",
    rules="ussg.guidelines.manual.ch2.s2m5_3.offense_level",
    table="material_support_terrorists",
    facts_key="material_support",
    facts="ussg.guidelines.manual.ch2.s2m5_3.facts:MaterialSupportFacts",
    # (c)(2): §2A2.1's facts table beside it; (c)(3): §2M6.1's
    applies_facts_of=("attempted_murder_guideline", "mass_destruction_guideline"),
    summary="material support to designated foreign terrorist organizations (from 2002)",
    notes=("entered from Nov. 1, 2002 (Amendment 637); (c)(1) §2A1.1/§2A1.2, (c)(2) §2A2.1 "
           "and (c)(3) §2M6.1 are computed through the registry (or §2A2.1's or §2M6.1's "
           "level stated)",),
    checklist=("material_support_terrorists.provision",
               "material_support_terrorists.death",
               "material_support_terrorists.attempted_murder",
               "material_support_terrorists.mass_destruction"),
)
