"""§2K1.5: possessing dangerous weapons or materials while boarding or aboard an aircraft."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K1.5",
    title="Possessing Dangerous Weapons or Materials While Boarding or Aboard an Aircraft",
    rules="ussg.guidelines.manual.ch2.s2k1_5.offense_level",
    table="aircraft_weapons",
    facts_key="aircraft_weapons",
    facts="ussg.guidelines.manual.ch2.s2k1_5.facts:AircraftWeaponsFacts",
    uses_drugs=True,  # (c)(1) into §2D1.1 reads [offense] drugs
    applies_facts_of="other_offense_guideline",  # its facts table beside [offense.aircraft_weapons]
    summary="dangerous weapons or materials aboard an aircraft",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 1995 derived from Appendix C); the "
           "other offense of (c)(1) is computed under any guideline ussg computes, from its "
           "facts table in the same count, or through §2X1.1 for an attempt; otherwise its "
           "level is stated",),
    checklist=("aircraft_weapons.disregard", "aircraft_weapons.prohibited",
               "aircraft_weapons.negligence", "aircraft_weapons.other_offense"),
)
