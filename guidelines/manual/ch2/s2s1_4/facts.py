"""The facts §2S1.4 reads (the case file's ``[offense.monetary_instrument_report]``), Nov. 1,
1991 - Oct. 31, 1993. The value is exact dollars."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class MonetaryInstrumentReportFacts(Strict):
    """§2S1.4 (Failure to File Currency and Monetary Instrument Report; 31 U.S.C. § 5316)."""

    value_of_funds: Money = Field(
        description="(b)(3): the value of the funds, in dollars: over $100,000 the levels of "
        "§2S1.1(b)(2)'s table.")
    knew_or_believed_criminally_derived_property: bool = Field(
        False, description="(b)(1): the defendant knew or believed that the funds were "
        "criminally derived property (+4).")
    knew_or_believed_intended_to_promote_criminal_activity: bool = Field(
        False, description="(b)(2): the defendant knew or believed that the funds were "
        "intended to be used to promote criminal activity (+4; added to (b)(1)).")
