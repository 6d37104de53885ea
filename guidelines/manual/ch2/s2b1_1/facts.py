"""The facts §2B1.1 reads (the case file's ``[offense.theft_fraud]``).

Loss, gain and gross receipts are exact dollars (``ussg.guidelines.engine.money.Money``).
The base offense level of (a)(1)/(a)(2) (from Nov. 1, 2003) is read from the offense's
statutory maximum (``statutory_maximum_months`` / ``statutory_maximum_life`` of ``[offense]``).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class TheftFraudFacts(Strict):
    """§2B1.1 (Theft, Property Destruction, and Fraud), from Nov. 1, 2001."""

    loss: Money | None = Field(
        None, description="§2B1.1(b)(1): the loss (the greater of actual or intended loss), "
        "in dollars: \"$1,250,000\".")
    gain: Money | None = Field(
        None, description="§2B1.1(b)(1): the gain that resulted from the offense, used "
        "\"only if there is a loss but it reasonably cannot be determined\" (instead of loss; "
        "ussg takes it from Nov. 1, 2015, where its text is entered).")
    more_than_minimal_planning: bool = Field(
        False, description="§2B1.1(b)(4)/(b)(5) (theft, before Nov. 1, 2001): the offense "
        "involved more than minimal planning (+2; Amendment 617 deleted it).")
    victims: Annotated[int, Field(ge=0)] = Field(
        0, description="§2B1.1(b)(2): the number of victims.")
    mass_marketing: bool = Field(
        False, description="§2B1.1(b)(2): the offense was committed through mass-marketing.")
    hardship_victims: Annotated[int, Field(ge=0)] = Field(
        0, description="§2B1.1(b)(2) (from Nov. 1, 2015): the number of victims to whom the "
        "offense resulted in substantial financial hardship.")
    relocated_scheme: bool = Field(
        False, description="§2B1.1(b)(8)-(10)(A): the defendant relocated, or participated "
        "in relocating, a fraudulent scheme to another jurisdiction to evade law enforcement "
        "or regulatory officials.")
    scheme_outside_united_states: bool = Field(
        False, description="§2B1.1(b)(8)-(10)(B): a substantial part of a fraudulent scheme "
        "was committed from outside the United States.")
    sophisticated_means: bool = Field(
        False, description="§2B1.1(b)(8)-(10)(C): the offense otherwise involved "
        "sophisticated means.")
    defendant_caused_sophisticated_means: bool = Field(
        False, description="§2B1.1(b)(10)(C) (from Nov. 1, 2015): the defendant "
        "intentionally engaged in or caused the conduct constituting sophisticated means.")
    financial_institution_gross_receipts: Money | None = Field(
        None, description="§2B1.1(b)(12)-(17)(A): the gross receipts the defendant derived "
        "from one or more financial institutions as a result of the offense, in dollars.")
    jeopardized_financial_institution: bool = Field(
        False, description="§2B1.1(b)(12)-(17)(B)(i): the offense substantially jeopardized "
        "the safety and soundness of a financial institution.")
    endangered_public_company_or_large_employer: bool = Field(
        False, description="§2B1.1(b)(12)-(17)(B)(ii) (from Jan. 25, 2003): the offense "
        "substantially endangered the solvency or financial security of an organization that, "
        "at any time during the offense, was a publicly traded company or had 1,000 or more "
        "employees.")
    endangered_100_or_more_victims: bool = Field(
        False, description="§2B1.1(b)(12)-(16)(B)(iii) (Jan. 25, 2003 - Oct. 31, 2015): the "
        "offense substantially endangered the solvency or financial security of 100 or more "
        "victims.")

    @model_validator(mode="after")
    def _consistent(self) -> TheftFraudFacts:
        if (self.loss is None) == (self.gain is None):
            raise ValueError("give the loss, or (only where the loss reasonably cannot be "
                             "determined) the gain: exactly one of them")
        if self.hardship_victims > self.victims:
            raise ValueError(f"hardship_victims = {self.hardship_victims}, but victims = "
                             f"{self.victims}: each victim who suffered substantial financial "
                             f"hardship is a victim")
        if self.defendant_caused_sophisticated_means and not self.sophisticated_means:
            raise ValueError("defendant_caused_sophisticated_means without "
                             "sophisticated_means: the offense involved sophisticated means "
                             "if the defendant caused its conduct")
        return self
