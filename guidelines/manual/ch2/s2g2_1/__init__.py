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
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "child_exploitation_production.age", "child_exploitation_production.sexual_conduct",
        "child_exploitation_production.distribution", "child_exploitation_production.portrayal",
        "child_exploitation_production.custodian",
        "child_exploitation_production.misrepresentation_or_computer",
        "child_exploitation_production.murder_cross_reference",
        "child_exploitation_production.more_than_one_minor",),
)
