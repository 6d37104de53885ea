"""The facts §2B1.4 (Insider Trading) and the former §2F1.2 read: the case file's
``[offense.insider_trading]`` (``[offense.insider_trading_2f1_2]``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class InsiderTradingFacts(Strict):
    """§2B1.4: the gain (required) and the organized scheme (optional)."""

    gain: Money = Field(
        description="(b)(1): the gain resulting from the offense, in dollars (\"$210,000\"): "
        "over $5,000 (from Nov. 1, 2015 $6,500) the levels of §2B1.1's loss table as in force "
        "on the same date.")
    organized_scheme: bool = Field(
        False, description="(b)(2) from Nov. 1, 2012 (Amendment 761), at least level 14: the "
        "offense involved an organized scheme to engage in insider trading (comment. (n.1): "
        "considered, calculated, systematic, or repeated efforts); refused before.")


class FormerInsiderTradingFacts(Strict):
    """§2F1.2 (Nov. 1, 1987 - Oct. 31, 2001): the gain (required)."""

    gain: Money = Field(
        description="(b)(1): the gain resulting from the offense, in dollars: the levels of "
        "§2F1.1's loss table as in force on the same date (before Nov. 1, 1989 whole-dollar "
        "lines).")
