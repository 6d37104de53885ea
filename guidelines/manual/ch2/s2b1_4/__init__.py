"""§2B1.4: insider trading (from Nov. 1, 2001, Amendment 617; before, §2F1.2)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B1.4",
    title="Insider Trading",
    rules="ussg.guidelines.manual.ch2.s2b1_4.offense_level",
    table="insider_trading",
    facts_key="insider_trading",
    facts="ussg.guidelines.manual.ch2.s2b1_4.facts:InsiderTradingFacts",
    summary="insider trading (from Nov. 1, 2001)",
    notes=("from Nov. 1, 2001: (a) 8, (b)(1) the gain resulting from the offense through the "
           "§2B1.1 loss table of the same date, (b)(2) the floor of 14 for an organized scheme "
           "(from Nov. 1, 2012); before, §2F1.2",),
    checklist=("insider_trading.gain", "insider_trading.organized"),
)
