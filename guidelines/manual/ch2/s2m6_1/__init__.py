"""§2M6.1: unlawful activity involving nuclear material, weapons, or facilities, biological
agents, toxins, or delivery systems, chemical weapons, or other weapons of mass destruction;
attempt or conspiracy, in every edition from Nov. 1, 1987 (replaced Nov. 1, 2001, Amendment
633)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M6.1",
    title="Unlawful Activity Involving Nuclear Material, Weapons, or Facilities, Biological "
          "Agents, Toxins, or Delivery Systems, Chemical Weapons, or Other Weapons of Mass "
          "Destruction; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2m6_1.offense_level",
    table="mass_destruction_weapons",
    facts_key="weapons_of_mass_destruction",
    facts="ussg.guidelines.manual.ch2.s2m6_1.facts:WeaponsOfMassDestructionFacts",
    applies_facts_of="attempted_murder_guideline",  # (c)(2): §2A2.1's facts table beside it
    summary="nuclear, biological, and chemical weapons; weapons of mass destruction",
    notes=("1987-2001: (a) 30, (b)(1) +12 with intent; from Nov. 1, 2001 (Amendment 633) (a) "
           "the greatest of (1)-(4), (b)(1)-(3) as each edition limits them, (c)(1) §2A1.1/"
           "§2A1.2 and (c)(2) §2A2.1 through the registry (or §2A2.1's level stated); 2001-2005 "
           "derived; (d)'s separate counts for several victims are not computed",),
    checklist=("mass_destruction_weapons.intent_increase",
               "mass_destruction_weapons.agent",
               "mass_destruction_weapons.injury",
               "mass_destruction_weapons.disruption",
               "mass_destruction_weapons.death",
               "mass_destruction_weapons.attempted_murder"),
)
