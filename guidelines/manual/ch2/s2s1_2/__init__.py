"""§2S1.2: engaging in monetary transactions in property derived from specified unlawful
activity (Nov. 1, 1987 - Oct. 31, 2001; consolidated into §2S1.1 by Amendment 634)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2S1.2",
    title="Engaging in Monetary Transactions in Property Derived from Specified Unlawful "
          "Activity",
    rules="ussg.guidelines.manual.ch2.s2s1_2.offense_level",
    table="laundering_monetary_transactions",
    facts_key="monetary_transactions",
    facts="ussg.guidelines.manual.ch2.s2s1_2.facts:MonetaryTransactionFacts",
    summary="monetary transactions (18 U.S.C. § 1957), before Nov. 1, 2001",
    notes=("computed: (a), (b)(1) and (b)(2); not (c), the fines of organizations",),
)
