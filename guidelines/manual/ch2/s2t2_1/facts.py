"""The case file's ``[offense.alcohol_tobacco_tax]``: the facts §2T2.1 reads."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class AlcoholTobaccoTaxFacts(Strict):
    """§2T2.1 (Non-Payment of Taxes: alcohol and tobacco)."""

    tax_loss: Money = Field(
        description="(a): the tax loss, \"the amount of taxes that the taxpayer failed to pay "
        "or attempted not to pay\" (comment. (n.1): the total amount of unpaid taxes that were "
        "due on the alcohol and/or tobacco, or that the defendant was attempting to evade), as "
        "the court found it, exact dollars.")
