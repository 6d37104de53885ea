"""§2T3.1: evading import duties or restrictions (smuggling); receiving or trafficking in
smuggled property (the Tax Table of §2T4.1 for the duty, 5 or 4 for a small duty from Nov. 1,
1991; sophisticated means; the cross reference for a contraband item from Nov. 1, 1992)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T3.1",
    title="Evading Import Duties or Restrictions (Smuggling); Receiving or Trafficking in "
          "Smuggled Property",
    rules="ussg.guidelines.manual.ch2.s2t3_1.offense_level",
    table="import_duties",
    facts_key="import_duties",
    facts="ussg.guidelines.manual.ch2.s2t3_1.facts:ImportDutiesFacts",
    applies_facts_of="contraband_guideline",  # (c)(1): the other guideline's facts beside it
    uses_drugs=True,  # (c)(1) to §2D1.1: the drugs of [offense]
    summary="evading import duties (smuggling; Tax Table §2T4.1)",
    notes=("the tax loss (the duty) is taken as the court found it; comment. (n.2)'s "
           "alternative measures are departures, not computed",),
    checklist=("import_duties.sophisticated", "import_duties.cross_reference"),
)
