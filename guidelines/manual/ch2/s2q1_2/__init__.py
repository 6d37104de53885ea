"""§2Q1.2: mishandling of hazardous or toxic substances or pesticides; recordkeeping,
tampering, and falsification; unlawfully transporting hazardous materials in commerce, in
every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2Q1.2",
    title="Mishandling of Hazardous or Toxic Substances or Pesticides; Recordkeeping, "
          "Tampering, and Falsification; Unlawfully Transporting Hazardous Materials in "
          "Commerce",
    rules="ussg.guidelines.manual.ch2.s2q1_2.offense_level",
    table="hazardous_substances",
    facts_key="hazardous_substances",
    facts="ussg.guidelines.manual.ch2.s2q1_2.facts:HazardousSubstancesFacts",
    summary="hazardous or toxic substances or pesticides",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 2025 derived: the 2016 words of (a)-(b), "
           "(b)(7) from Nov. 1, 2004); (b)(5)'s substantive offense level is stated, not "
           "computed; the commentary's departures are not computed",),
    checklist=("hazardous_substances.ongoing_discharge", "hazardous_substances.other_discharge",
               "hazardous_substances.death_or_injury_likely",
               "hazardous_substances.disruption_evacuation_or_cleanup",
               "hazardous_substances.permit", "hazardous_substances.concealment",
               "hazardous_substances.simple_recordkeeping",
               "hazardous_substances.hazmat_conviction"),
)
