"""The facts §2N2.1 (Violations of Statutes and Regulations Dealing With Any Food, Drug,
Biological Product, Device, Cosmetic, Agricultural Product, or Consumer Product) reads: the case
file's ``[offense.food_drug_regulatory]``. A finding the edition in force does not read is
refused, naming the amendment (tables/food_drug_regulatory.toml)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.nested_facts import import_all

import_all()  # §2B1.1's facts nest §2K1.4's and §2B1.5's: all built together

from ussg.guidelines.manual.ch2.s2b1_1.facts import TheftFraudFacts  # noqa: E402
from ussg.guidelines.manual.ch2.s2f1_1.facts import FraudDeceitFacts  # noqa: E402


class FoodDrugRegulatoryFacts(Strict):
    """§2N2.1: the findings (all optional: (a)'s 6 without them)."""

    prior_331_conviction: bool = Field(
        False, description="(b)(1) from Nov. 1, 2008 (Amendment 723), +4: the defendant was "
        "convicted under 21 U.S.C. § 331 after sustaining a prior conviction under 21 U.S.C. "
        "§ 331; an error before.")
    fraud: FraudDeceitFacts | None = Field(
        None, description="(b)(1) Nov. 1, 1992 - Oct. 31, 2001 (Amendment 451): the offense "
        "involved fraud: the §2F1.1 findings ([offense.fraud]'s keys), computed through the "
        "registry, its level replacing 6; an error otherwise (from Nov. 1, 2001 give "
        "theft_fraud; before Nov. 1, 1992 comment. (n.2) sends the offense to its own "
        "guideline: state it as [offense] guideline).")
    theft_fraud: TheftFraudFacts | None = Field(
        None, description="From Nov. 1, 2001 (Amendment 617; (b)(1), (c)(1) from Nov. 1, "
        "2008): the offense involved fraud: the §2B1.1 findings ([offense.theft_fraud]'s keys), "
        "computed through the registry, its level replacing the one above; an error before "
        "(give fraud).")
    other_offense_guideline: str | None = Field(
        None, description="From Nov. 1, 1992 ((b)(2), (c)(2) from Nov. 1, 2008): the offense "
        "was committed in furtherance of, or to conceal, an offense covered by another "
        "guideline: that guideline: \"2D1.1\" (computed from [offense] drugs), another "
        "guideline ussg computes without a facts table of its own, or \"other\" (give "
        "other_offense_level); applied if greater; an error before Nov. 1, 1992.")
    other_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="other_offense_guideline = \"other\": the offense level under that "
        "other guideline, as determined.")

    @model_validator(mode="after")
    def _check(self) -> FoodDrugRegulatoryFacts:
        if (self.other_offense_guideline == "other") != (self.other_offense_level is not None):
            raise ValueError("other_offense_level goes with other_offense_guideline = "
                             "\"other\", and only with it")
        if self.fraud is not None and self.theft_fraud is not None:
            raise ValueError("fraud (§2F1.1, before Nov. 1, 2001) and theft_fraud (§2B1.1, "
                             "from then) are the same cross reference: give one")
        return self
