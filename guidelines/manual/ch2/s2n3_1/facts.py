"""The facts §2N3.1 (Odometer Laws and Regulations) reads: the case file's
``[offense.odometer]``."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.nested_facts import import_all

import_all()  # §2B1.1's facts nest §2K1.4's and §2B1.5's: all built together

from ussg.guidelines.manual.ch2.s2b1_1.facts import TheftFraudFacts  # noqa: E402
from ussg.guidelines.manual.ch2.s2f1_1.facts import FraudDeceitFacts  # noqa: E402


class OdometerFacts(Strict):
    """§2N3.1: more than one vehicle (optional: (a)'s 6 for a single vehicle)."""

    vehicles_fraud: FraudDeceitFacts | None = Field(
        None, description="(b) before Nov. 1, 2001 ((b)(1) from Nov. 1, 1989): the offense "
        "involved more than one vehicle: the §2F1.1 findings ([offense.fraud]'s keys), "
        "computed through the registry, its level replacing 6; an error from then (give "
        "vehicles_theft_fraud).")
    vehicles_theft_fraud: TheftFraudFacts | None = Field(
        None, description="(b)(1) from Nov. 1, 2001 (Amendment 617): the offense involved more "
        "than one vehicle: the §2B1.1 findings ([offense.theft_fraud]'s keys), computed "
        "through the registry, its level replacing 6; an error before (give vehicles_fraud).")

    @model_validator(mode="after")
    def _check(self) -> OdometerFacts:
        if self.vehicles_fraud is not None and self.vehicles_theft_fraud is not None:
            raise ValueError("vehicles_fraud (§2F1.1, before Nov. 1, 2001) and "
                             "vehicles_theft_fraud (§2B1.1, from then) are the same cross "
                             "reference: give one")
        return self
