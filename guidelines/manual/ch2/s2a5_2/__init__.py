"""§2A5.2: interference with flight crew member or flight attendant (from Nov. 1, 2002 also
with the dispatch, operation, or maintenance of a mass transportation vehicle), in every
edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A5.2",
    title="Interference with Flight Crew Member or Flight Attendant; Interference with "
          "Dispatch, Navigation, Operation, or Maintenance of Mass Transportation Vehicle; "
          "Unsafe Operation of Unmanned Aircraft",
    rules="ussg.guidelines.manual.ch2.s2a5_2.offense_level",
    table="flight_crew_interference",
    facts_key="flight_crew",
    facts="ussg.guidelines.manual.ch2.s2a5_2.facts:FlightCrewFacts",
    # (a)(3): the assault guideline's facts table beside [offense.flight_crew]; (c)(2): §2M6.1's
    applies_facts_of=("assault_guideline", "wmd_guideline"),
    summary="interference with flight crew or mass transportation",
    notes=("(a)(3)'s assault guideline (§§2A2.1-2A2.4) and (c)(2)'s §2M6.1 computed from "
           "their facts tables in the same count (or §2M6.1's level stated); (c)(1)'s homicide "
           "level is stated, not computed",),
    # the checklist trail: its characteristic and cross references, each where the edition
    # has it
    checklist=("flight_crew_interference.weapon", "flight_crew_interference.homicide",
               "flight_crew_interference.wmd"),
)
