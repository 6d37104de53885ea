"""The facts §2S1.2 reads (the case file's ``[offense.monetary_transactions]``), Nov. 1, 1987
- Oct. 31, 2001. The value is exact dollars."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class MonetaryTransactionFacts(Strict):
    """§2S1.2 (Engaging in Monetary Transactions in Property Derived from Specified Unlawful
    Activity; 18 U.S.C. § 1957), before its consolidation into §2S1.1 (Nov. 1, 2001)."""

    value_of_funds: Money = Field(
        description="§2S1.2(b)(2): the value of the funds, in dollars (the value table of "
        "§2S1.1(b)(2)).")
    knew_proceeds_of_controlled_substance_offense: bool = Field(
        False, description="§2S1.2(b)(1)(A): the defendant knew that the funds were the proceeds "
        "of an unlawful activity involving the manufacture, importation, or distribution of "
        "narcotics or other controlled substances (+5).")
    knew_proceeds_of_other_specified_unlawful_activity: bool = Field(
        False, description="§2S1.2(b)(1)(B): the defendant knew that the funds were the proceeds "
        "of any other specified unlawful activity (18 U.S.C. § 1956(c)(7)) (+2).")
