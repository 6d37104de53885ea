"""The facts §2R1.1 (Bid-Rigging, Price-Fixing or Market-Allocation Agreements Among
Competitors) reads: the case file's ``[offense.antitrust]``."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class AntitrustFacts(Strict):
    """§2R1.1 (Bid-Rigging, Price-Fixing or Market-Allocation Agreements Among Competitors)."""

    volume_of_commerce: Money = Field(
        description="(b)(2), required: the volume of commerce attributable to the defendant, "
        "in dollars (\"$12,000,000\"): the volume done by him or his principal in goods or "
        "services affected by the violation, multiple counts or conspiracies treated "
        "cumulatively. From Nov. 1, 2015 more than $1,000,000 adds 2 up to more than "
        "$1,850,000,000 adding 16 (Nov. 1, 2005: $1,500,000,000); Nov. 1, 1991 - Oct. 31, "
        "2005 more than $400,000 adds 1 up to more than $100,000,000 adding 7; before, less "
        "than $1,000,000 subtracts 1 and more than $4,000,000 adds 1 to 3.")
    bid_rigging: bool = Field(
        False, description="(b)(1): the conduct involved participation in an agreement to "
        "submit non-competitive bids: +1.")
