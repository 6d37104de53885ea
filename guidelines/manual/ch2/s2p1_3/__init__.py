"""§2P1.3: engaging in, inciting or attempting to incite a riot involving persons in a facility
for official detention, in every edition from Nov. 1, 1987: (a) 22, 16 or 10."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2P1.3",
    title="Engaging In, Inciting or Attempting to Incite a Riot Involving Persons in a "
          "Facility for Official Detention",
    rules="ussg.guidelines.manual.ch2.s2p1_3.offense_level",
    table="prison_riot",
    facts_key="prison_riot",
    facts="ussg.guidelines.manual.ch2.s2p1_3.facts:PrisonRiotFacts",
    summary="riot in a facility for official detention",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 2025 derived); comment. (n.1)'s upward "
           "departure if death or bodily injury resulted (to Oct. 31, 2025) is not computed",),
)
