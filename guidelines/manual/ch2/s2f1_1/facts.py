"""The facts §2F1.1 reads (the case file's ``[offense.fraud_deceit]``), Nov. 1, 1987 - Oct. 31,
2001. Loss (or gain) is exact dollars (``ussg.guidelines.engine.money.Money``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class FraudDeceitFacts(Strict):
    """§2F1.1 (Fraud and Deceit), before its consolidation with §2B1.1 (Nov. 1, 2001)."""

    loss: Money | None = Field(
        None, description="§2F1.1(b)(1): the loss, in dollars: \"$250,000\". Give loss or "
        "gain, exactly one.")
    gain: Money | None = Field(
        None, description="§2F1.1(b)(1): the offender's gain from committing the fraud, taken "
        "as the loss: the commentary's \"alternative estimate that ordinarily will "
        "underestimate the loss\" (n.8 from Nov. 1, 1991, n.9 from Nov. 1, 1998; before Nov. "
        "1, 1991 \"gross gain\" ... \"understate\"). Instead of loss.")
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
    misrepresented_acting_for_charity_or_government: bool = Field(
        False, description="§2F1.1(b)(2)(C) (1987), (b)(3)(A) (1989), (b)(4)(A) (1998): \"a "
        "misrepresentation that the defendant was acting on behalf of a charitable, "
        "educational, religious or political organization, or a government agency\" (+2, "
        "and at least level 10).")
    violated_prior_order: bool = Field(
        False, description="§2F1.1(b)(2)(D) (1987), (b)(3)(B) (1989), (b)(4)(B) (1998), "
        "(b)(4)(C) (2000): \"violation of any judicial or administrative order, injunction, "
        "decree or process\" (from Nov. 1, 1993 \"not addressed elsewhere in the "
        "guidelines\"; from Nov. 1, 2000 \"a violation of any prior, specific judicial or "
        "administrative order ...\"): +2, and at least level 10.")
    fraud_in_bankruptcy_proceeding: bool = Field(
        False, description="§2F1.1(b)(4)(B), from Nov. 1, 2000 (Amendment 597): \"a "
        "misrepresentation or other fraudulent action during the course of a bankruptcy "
        "proceeding\" (+2, and at least level 10).")
    risk_of_serious_bodily_injury: bool = Field(
        False, description="§2F1.1(b)(4) (1989), (b)(4)(A) (1995), (b)(6)(A) (1998), (b)(7)(A) "
        "(2000): \"the conscious or reckless risk of serious bodily injury\" (+2, and at "
        "least level 13).")
    possessed_dangerous_weapon: bool = Field(
        False, description="§2F1.1(b)(4)(B) (from Nov. 1, 1995, Amendment 513), (b)(6)(B) "
        "(1998), (b)(7)(B) (2000): \"possession of a dangerous weapon (including a firearm) in "
        "connection with the offense\" (+2, and at least level 13).")
    foreign_bank_accounts: bool = Field(
        False, description="§2F1.1(b)(3) (1987), (b)(5) (Nov. 1, 1989 - Oct. 31, 1998; "
        "Amendment 577 replaced it): \"the use of foreign bank accounts or transactions to "
        "conceal the true nature or extent of the fraudulent conduct\" (at least level 12).")
    jeopardized_financial_institution: bool = Field(
        False, description="§2F1.1(b)(6)(A) (from Nov. 1, 1990, Amendment 317), (b)(7)(A) "
        "(1998), (b)(8)(A) (2000): the offense \"substantially jeopardized the safety and "
        "soundness of a financial institution\" (+4, and at least level 24).")
    affected_financial_institution: bool = Field(
        False, description="§2F1.1(b)(6)(B) (from Nov. 1, 1991, Amendment 364), (b)(7)(B), "
        "(b)(8)(B): the offense \"affected a financial institution\"; with "
        "gross_receipts_from_offense more than $1,000,000: +4, and at least level 24.")
    gross_receipts_from_offense: Money | None = Field(
        None, description="With affected_financial_institution: the gross receipts the "
        "defendant derived from the offense, in dollars.")
    device_making_equipment: bool = Field(
        False, description="§2F1.1(b)(5)(A), from Nov. 1, 2000 (Amendment 596): \"the "
        "possession or use of any device-making equipment\" (+2, and at least level 12).")
    produced_or_trafficked_access_devices: bool = Field(
        False, description="§2F1.1(b)(5)(B) (2000): \"the production or trafficking of any "
        "unauthorized access device or counterfeit access device\" (+2, at least level 12).")
    identification_used_to_obtain_other_identification: bool = Field(
        False, description="§2F1.1(b)(5)(C)(i) (2000): \"the unauthorized transfer or use of "
        "any means of identification unlawfully to produce or obtain any other means of "
        "identification\" (+2, at least level 12).")
    unlawfully_produced_means_of_identification: Annotated[int, Field(ge=0)] = Field(
        0, description="§2F1.1(b)(5)(C)(ii) (2000): the number of means of identification "
        "possessed \"that unlawfully were produced from another means of identification or "
        "obtained by the use of another means of identification\" (5 or more: +2, at least "
        "level 12).")
    convicted_under_1030_a4: bool = Field(
        False, description="§2F1.1(c)(1), from Nov. 1, 1997 (Amendment 551): convicted under "
        "18 U.S.C. § 1030(a)(4) (\"the minimum guideline sentence ... shall be six months' "
        "imprisonment\"): the range's minimum is raised to six months where lower, before the "
        "statutory limits (§5G1.1); an error before Nov. 1, 1997.")

    @model_validator(mode="after")
    def _loss_or_gain(self) -> FraudDeceitFacts:
        if (self.loss is None) == (self.gain is None):
            raise ValueError("give the loss, or the offender's gain as the commentary's "
                             "alternative estimate of it: exactly one of them")
        return self

    def other_characteristics_stated(self) -> list[str]:
        """The facts of the paragraphs of fraud_deceit_characteristics the case states."""
        return [name for name in OTHER_CHARACTERISTICS
                if getattr(self, name) not in (None, False, 0)]


_NAMES = list(FraudDeceitFacts.model_fields)
#: the facts read by the `paragraphs` of tables/fraud_deceit_characteristics.toml
OTHER_CHARACTERISTICS = tuple(
    _NAMES[_NAMES.index("misrepresented_acting_for_charity_or_government"):
           _NAMES.index("convicted_under_1030_a4")])
