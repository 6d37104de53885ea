"""§2G2.1: sexually exploiting a minor by production of sexually explicit visual or printed
material."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G2.1",
    title="Sexually Exploiting a Minor by Production of Sexually Explicit Visual or Printed "
          "Material; Custodian Permitting Minor to Engage in Sexually Explicit Conduct; "
          "Advertisement for Minors to Engage in Production",
    rules="ussg.guidelines.manual.ch2.s2g2_1.offense_level",
    table="child_exploitation_production",
    facts_key="production",
    facts="ussg.guidelines.manual.ch2.s2g2_1.facts:ProductionFacts",
    summary="production of child pornography",
)
