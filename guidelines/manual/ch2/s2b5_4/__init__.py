"""§2B5.4: criminal infringement of trademark (Nov. 1, 1987 - Oct. 31, 1993; Amendment 481
consolidated it with §2B5.3)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B5.4",
    title="Criminal Infringement of Trademark",
    rules="ussg.guidelines.manual.ch2.s2b5_4.offense_level",
    table="trademark_infringement",
    facts_key="trademark_infringement",
    facts="ussg.guidelines.manual.ch2.s2b5_4.facts:TrademarkInfringementFacts",
    summary="criminal infringement of trademark (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a) 6, (b)(1) the retail value of the infringing "
           "items through §2F1.1's loss table of the same date",),
    checklist=("trademark_infringement.retail_value",),
)
