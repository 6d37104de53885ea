"""§2A5.1: aircraft piracy or attempted aircraft piracy, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A5.1",
    title="Aircraft Piracy or Attempted Aircraft Piracy",
    rules="ussg.guidelines.manual.ch2.s2a5_1.offense_level",
    table="aircraft_piracy",
    facts_key="aircraft_piracy",
    facts="ussg.guidelines.manual.ch2.s2a5_1.facts:AircraftPiracyFacts",
    summary="aircraft piracy",
    checklist=("aircraft_piracy.death",),
)
