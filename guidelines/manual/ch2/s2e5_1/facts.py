"""The case file's ``[offense.benefit_plan_bribery]``: the facts §2E5.1 reads. Part of the
public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class BenefitPlanBriberyFacts(Strict):
    """§2E5.1 (a bribe or gratuity affecting an employee benefit plan; prohibited payments to
    employees, representatives, or labor organizations)."""

    payment: Literal["bribe", "gratuity"] = Field(
        description="(a): \"bribe\" ((1) 10: an unlawful payment offered or accepted with the "
        "specific understanding that it will corruptly affect an official action of the "
        "recipient, comment. (n.1)) or \"gratuity\" ((2) 6: any other unlawful payment).")
    fiduciary_of: Literal["benefit_plan", "labor_organization"] | None = Field(
        None, description="(b)(1), +2: the defendant was a fiduciary of the benefit plan, or "
        "(from Nov. 1, 1993, Amendment 481; refused before) of the labor organization. Not "
        "with a §3B1.3 adjustment (comment. (n.5)).")
    prohibited_payment_value: Money | None = Field(
        None, description="(b)(2): the value of the prohibited payment, exact dollars.")
    improper_benefit_value: Money | None = Field(
        None, description="(b)(2): the value of the improper benefit to the payer (explained "
        "in the Commentary to §2C1.1, comment. (n.4)), exact dollars; the greater of the two "
        "is read.")
