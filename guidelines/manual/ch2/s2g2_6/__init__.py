"""§2G2.6: child exploitation enterprises (from Nov. 1, 2007)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G2.6",
    title="Child Exploitation Enterprises",
    rules="ussg.guidelines.manual.ch2.s2g2_6.offense_level",
    table="child_exploitation_enterprise",
    facts_key="child_exploitation_enterprise",
    facts="ussg.guidelines.manual.ch2.s2g2_6.facts:ChildExploitationEnterpriseFacts",
    summary="child exploitation enterprise (from Nov. 1, 2007)",
    notes=("entered from Nov. 1, 2007 (Amendment 701); refused before",),
    # the checklist trail: (b)(1)-(4)
    checklist=("child_exploitation_enterprise.age", "child_exploitation_enterprise.custodian",
               "child_exploitation_enterprise.conduct_2241",
               "child_exploitation_enterprise.computer"),
)
