"""The facts §2F1.1 reads (the case file's ``[offense.fraud_deceit]``), Nov. 1, 1987 - Oct. 31,
2001. Loss is exact dollars (``ussg.guidelines.engine.money.Money``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class FraudDeceitFacts(Strict):
    """§2F1.1 (Fraud and Deceit), before its consolidation with §2B1.1 (Nov. 1, 2001)."""

    loss: Money = Field(description="§2F1.1(b)(1): the loss, in dollars: \"$250,000\".")
    more_than_minimal_planning: bool = Field(
        False, description="§2F1.1(b)(2)(A): the offense involved more than minimal planning.")
    scheme_to_defraud_more_than_one_victim: bool = Field(
        False, description="§2F1.1(b)(2)(B): a scheme to defraud more than one victim.")
    mass_marketing: bool = Field(
        False, description="§2F1.1(b)(3) (from Nov. 1, 1998): committed through mass-marketing.")
    relocated_scheme: bool = Field(
        False, description="§2F1.1(b)(5)-(6)(A) (from Nov. 1, 1998): the defendant relocated, "
        "or participated in relocating, a fraudulent scheme to another jurisdiction to evade "
        "law enforcement or regulatory officials.")
    scheme_outside_united_states: bool = Field(
        False, description="§2F1.1(b)(5)-(6)(B) (from Nov. 1, 1998): a substantial part of a "
        "fraudulent scheme was committed from outside the United States.")
    sophisticated_means: bool = Field(
        False, description="§2F1.1(b)(5)-(6)(C) (from Nov. 1, 1998): the offense otherwise "
        "involved sophisticated means.")
