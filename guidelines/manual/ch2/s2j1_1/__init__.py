"""§2J1.1: contempt (from Nov. 1, 1989 "Apply §2X5.1 (Other Offenses)")."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.1",
    title="Contempt",
    rules="ussg.guidelines.manual.ch2.s2j1_1.contempt",
    table="contempt",
    facts_key="contempt",
    facts="ussg.guidelines.manual.ch2.s2j1_1.facts:ContemptFacts",
    uses_drugs=True,  # a most analogous guideline §2D1.1 reads [offense] drugs
    applies_facts_of="analogous_guideline",  # its facts table beside [offense.contempt]
    summary="contempt (through §2X5.1, from Nov. 1, 1989)",
    notes=("from Nov. 1, 1989 through §2X5.1: the most analogous guideline is the court's "
           "finding, named in the case, computed if ussg computes it, its level stated "
           "otherwise; before (Nov. 1, 1987 - Oct. 31, 1989) no guideline range (refused)",),
)
