"""The facts §2B5.4 (Criminal Infringement of Trademark, 1987-1993) reads: the case file's
``[offense.trademark_infringement]``."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class TrademarkInfringementFacts(Strict):
    """§2B5.4: the retail value of the infringing items (required)."""

    retail_value_of_infringing_items: Money = Field(
        description="(b)(1): the retail value of the infringing items, in dollars "
        "(\"$12,000\"): over $2,000 the levels of §2F1.1's loss table as in force on the same "
        "date (before Nov. 1, 1989 whole-dollar lines).")
