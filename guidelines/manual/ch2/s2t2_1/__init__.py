"""§2T2.1: non-payment of taxes (alcohol and tobacco taxes; the Tax Table of §2T4.1 for the
tax loss)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T2.1",
    title="Non-Payment of Taxes",
    rules="ussg.guidelines.manual.ch2.s2t2_1.offense_level",
    table="alcohol_tobacco_tax",
    facts_key="alcohol_tobacco_tax",
    facts="ussg.guidelines.manual.ch2.s2t2_1.facts:AlcoholTobaccoTaxFacts",
    summary="non-payment of alcohol or tobacco taxes (Tax Table §2T4.1)",
    notes=("the tax loss is taken as the court found it",),
)
