"""The case file's ``[offense.tax_trust_deposit]``: the facts §2T1.7 reads."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class TaxTrustDepositFacts(Strict):
    """§2T1.7 (Failing to Deposit Collected Taxes in Trust Account as Required After Notice)."""

    amount_not_deposited: Money = Field(
        description="(a)(2): the amount not deposited, as the court found it, exact dollars "
        "(\"$30,000\"; funds deposited and withdrawn without being paid to the Internal Revenue "
        "Service are treated as never deposited, comment. (n.1)).")
