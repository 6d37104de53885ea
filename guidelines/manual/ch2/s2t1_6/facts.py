"""The case file's ``[offense.tax_pay_over]``: the facts §2T1.6 reads."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class TaxPayOverFacts(Strict):
    """§2T1.6 (Failing to Collect or Truthfully Account for and Pay Over Tax)."""

    tax_not_paid_over: Money = Field(
        description="(a): the tax not collected or accounted for and paid over, as the court "
        "found it, exact dollars (\"$48,000\").")
    interest: Money | None = Field(
        None, description="(a), Nov. 1, 1987 - Oct. 31, 1989 only: the interest added to the "
        "tax (\"plus interest\", deleted by Amendment 232); required then (\"0\" for none), "
        "an error after.")
    employee_embezzlement: bool = Field(
        False, description="(b)(1), from Nov. 1, 1991 (Amendment 409; an error before): the "
        "offense involved embezzlement by withholding tax from an employee's earnings and "
        "willfully failing to account to the employee for it: §2B1.1 applies if the resulting "
        "offense level is greater.")
    embezzlement_guideline: str | None = Field(
        None, description="(b)(1): \"2B1.1\" (computed, its facts in [offense.theft_fraud] "
        "of this count) or \"other\" (give embezzlement_offense_level).")
    embezzlement_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="embezzlement_guideline = \"other\": the §2B1.1 offense level, as "
        "determined.")

    @model_validator(mode="after")
    def _check(self) -> TaxPayOverFacts:
        if self.embezzlement_guideline is None:
            if self.employee_embezzlement or self.embezzlement_offense_level is not None:
                raise ValueError("(b)(1) needs embezzlement_guideline: \"2B1.1\" (computed "
                                 "from [offense.theft_fraud]) or \"other\"")
            return self
        if not self.employee_embezzlement:
            raise ValueError("embezzlement_guideline is for (b)(1): state "
                             "employee_embezzlement = true")
        if self.embezzlement_guideline not in ("2B1.1", "other"):
            raise ValueError("embezzlement_guideline: (b)(1) applies §2B1.1: \"2B1.1\" or "
                             "\"other\" (its level as determined)")
        stated_or_computed(self.embezzlement_guideline, self.embezzlement_offense_level,
                           "embezzlement_guideline", "embezzlement_offense_level")
        return self
