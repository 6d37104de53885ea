"""§2B2.1: burglary of a residence or a structure other than a residence (until Nov. 1, 1993
"Burglary of a Residence"; Amendment 481 consolidated §2B2.2 with it)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B2.1",
    title="Burglary of a Residence or a Structure Other than a Residence",
    rules="ussg.guidelines.manual.ch2.s2b2_1.offense_level",
    table="burglary",
    facts_key="burglary",
    facts="ussg.guidelines.manual.ch2.s2b2_1.facts:BurglaryFacts",
    summary="burglary (until Nov. 1, 1993 of a residence)",
    notes=("Nov. 1, 1987 on: (a) (a residence only until Oct. 31, 1993: other structures are "
           "§2B2.2 then), (b)(1) more than minimal planning, (b)(2) its own loss table of each "
           "edition, (b)(3) and (b)(4)",),
    # the checklist trail: its characteristics, each where the edition has it
    checklist=("burglary.planning", "burglary.loss", "burglary.item_taken", "burglary.weapon"),
)
