"""§2Q2.1: offenses involving fish, wildlife, and plants, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2Q2.1",
    title="Offenses Involving Fish, Wildlife, and Plants",
    rules="ussg.guidelines.manual.ch2.s2q2_1.offense_level",
    table="wildlife",
    facts_key="wildlife",
    facts="ussg.guidelines.manual.ch2.s2q2_1.facts:WildlifeFacts",
    summary="fish, wildlife, and plants",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 2015 derived from Appendix C); (b)(3) the "
           "greater of the market value through the §2F1.1 (until Oct. 31, 2001) or §2B1.1 loss "
           "table of the same date and the species or quantity of (B); (c)(1) into §2B1.5 "
           "(from Nov. 1, 2002) through the registry or at its level as determined, if greater",),
    # the checklist trail: its characteristics, each where the edition has it
    checklist=("wildlife.commercial", "wildlife.quarantine", "wildlife.market_value",
               "wildlife.protected", "wildlife.cultural_heritage"),
)
