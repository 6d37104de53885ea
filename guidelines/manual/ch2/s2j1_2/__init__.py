"""§2J1.2: obstruction of justice."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.2",
    title="Obstruction of Justice",
    rules="ussg.guidelines.manual.ch2.s2j1_2.obstruction",
    table="obstruction_of_justice",
    facts_key="obstruction",
    facts="ussg.guidelines.manual.ch2.s2j1_2.facts:ObstructionOfJusticeFacts",
    uses_drugs=True,  # (c)(1) over a drug offense: §2D1.1 from [offense] drugs
    summary="obstruction of justice",
    notes=("(c)(1)'s obstructed offense is computed under a guideline ussg computes without a "
           "facts table of its own (§2D1.1 from [offense] drugs), otherwise its level is "
           "stated",),
)
