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
    applies_facts_of="underlying_guideline",  # (a)(1): its facts table beside [offense.laundering]
    summary="money laundering",
    notes=("(a)(1) computes the underlying offense under any guideline ussg computes, from "
           "its facts table in the same count; otherwise its level is stated",),
)
