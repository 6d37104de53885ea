"""§2S1.1: laundering of monetary instruments; engaging in monetary transactions in property
derived from unlawful activity (the consolidated guideline, Nov. 1, 2001 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2S1.1",
    title="Laundering of Monetary Instruments; Engaging in Monetary Transactions in Property "
          "Derived from Unlawful Activity",
    rules="ussg.guidelines.manual.ch2.s2s1_1.offense_level",
    table="money_laundering",
    facts_key="laundering",
    facts="ussg.guidelines.manual.ch2.s2s1_1.facts:LaunderingFacts",
    uses_drugs=True,  # (a)(1) over a §2D1.1 offense reads the offense's drugs
    summary="money laundering",
    notes=("from Nov. 1, 2001 only (before it, §2S1.1 and §2S1.2 are not entered)",),
)
