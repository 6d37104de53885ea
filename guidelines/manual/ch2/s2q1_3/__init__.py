"""§2Q1.3: mishandling of other environmental pollutants; recordkeeping, tampering, and
falsification, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2Q1.3",
    title="Mishandling of Other Environmental Pollutants; Recordkeeping, Tampering, and "
          "Falsification",
    rules="ussg.guidelines.manual.ch2.s2q1_3.offense_level",
    table="environmental_pollutants",
    facts_key="environmental_pollutants",
    facts="ussg.guidelines.manual.ch2.s2q1_3.facts:EnvironmentalPollutantsFacts",
    summary="other environmental pollutants",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 2025 derived: the 2016 words of (a)-(b)); "
           "(b)(5)'s substantive offense level is stated, not computed; the commentary's "
           "departures are not computed",),
    checklist=("environmental_pollutants.ongoing_discharge",
               "environmental_pollutants.other_discharge",
               "environmental_pollutants.death_or_injury_likely",
               "environmental_pollutants.disruption_evacuation_or_cleanup",
               "environmental_pollutants.permit", "environmental_pollutants.concealment"),
)
