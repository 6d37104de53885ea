"""§2F1.2: insider trading (Nov. 1, 1987 - Oct. 31, 2001; Amendment 617 deleted it and
inserted §2B1.4)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2F1.2",
    title="Insider Trading",
    rules="ussg.guidelines.manual.ch2.s2f1_2.offense_level",
    table="insider_trading_2f1_2",
    facts_key="insider_trading_2f1_2",
    facts="ussg.guidelines.manual.ch2.s2b1_4.facts:FormerInsiderTradingFacts",
    summary="insider trading (1987-2001)",
    notes=("Nov. 1, 1987 - Oct. 31, 2001: (a) 8, (b)(1) the gain resulting from the offense "
           "through §2F1.1's loss table of the same date",),
    checklist=("insider_trading_2f1_2.gain",),
)
