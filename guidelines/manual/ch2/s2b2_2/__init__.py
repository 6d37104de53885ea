"""§2B2.2: burglary of other structures (Nov. 1, 1987 - Oct. 31, 1993; Amendment 481
consolidated it with §2B2.1)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B2.2",
    title="Burglary of Other Structures",
    rules="ussg.guidelines.manual.ch2.s2b2_2.offense_level",
    table="burglary_other_structure",
    facts_key="burglary_other_structure",
    facts="ussg.guidelines.manual.ch2.s2b2_1.facts:OtherStructureBurglaryFacts",
    summary="burglary of other structures (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a) 12, (b)(1), (b)(2) the loss through §2B2.1's "
           "table of the same date, (b)(3), (b)(4)",),
    checklist=("burglary_other_structure.planning", "burglary_other_structure.loss",
               "burglary_other_structure.item_taken", "burglary_other_structure.weapon"),
)
