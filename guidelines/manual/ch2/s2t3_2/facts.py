"""The case file's ``[offense.smuggled_property]``: the facts §2T3.2 (Nov. 1, 1987 - Oct. 31,
1992) reads."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class SmuggledPropertyFacts(Strict):
    """§2T3.2 (Receiving or Trafficking in Smuggled Property)."""

    tax_loss: Money = Field(
        description="(a): the tax loss, \"the amount of the duty\", as the court found it, "
        "exact dollars (\"0\" for none).")
    sophisticated_means: bool = Field(
        False, description="(b)(1), from Nov. 1, 1991 (Amendment 410; an error before): "
        "\"sophisticated means were used to impede discovery of the nature or existence of "
        "the offense\": +2.")
    sophisticated_concealment: bool = Field(
        False, description="An error in every edition of §2T3.2 (\"sophisticated "
        "concealment\" is §2T3.1's words of Nov. 1, 1998 - Oct. 31, 2001).")
