"""The schema of §2A3.5's table (tables/failure_to_register.toml), checked when it is
loaded."""

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, Kinds)

Tier = Literal["tier_i", "tier_ii", "tier_iii"]


class BaseLevel(Closed):
    """A subsection of (a) ("Apply the greatest"): the level for the tier the defendant was
    required to register as."""

    paragraph: str
    level: int
    applies_to: Tier
    text: str


class FailureToRegister(MayNotExist):
    """One version of §2A3.5, or ``exists = false`` before Nov. 1, 2007 and why."""

    text: str | None = None
    heading: str | None = None  # (a): "Base Offense Level (Apply the greatest):"
    base_levels: list[BaseLevel] | None = None  # (a)(1)-(3)
    offense_while_failing_to_register: Alternatives | None = None  # (b)(1)(A)-(C)
    voluntary_correction: Kinds | None = None  # (b)(2), a decrease: (A) or (B)
    interaction_note: CrossReference | None = None  # no (b)(2) with (b)(1)
    status_note: CrossReference | None = None  # comment. (n.2), from Nov. 1, 2018


SCHEMAS = {"failure_to_register": FailureToRegister}
