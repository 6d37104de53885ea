"""The case file's ``[offense.obscene_communications]``: the facts §2G3.2 (Obscene Telephone
Communications for a Commercial Purpose; Broadcasting Obscene Material) reads. Part of the
public schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class ObsceneCommunicationsFacts(Strict):
    """§2G3.2: the court's findings (all optional: the base level without them). Under the
    former §2G3.2 (Nov. 1, 1987 - Oct. 31, 1989) each is refused."""

    received_by_minor: bool = Field(
        False, description="(b)(1), +4 (once with daytime_broadcast): a person who received "
        "the telephonic communication was less than eighteen years of age.")
    daytime_broadcast: bool = Field(
        False, description="(b)(1), +4 (once with received_by_minor): a broadcast was made "
        "between six o'clock in the morning and eleven o'clock at night.")
    volume_of_commerce: Money | None = Field(
        None, description="(b)(2): the volume of commerce attributable to the defendant, in "
        "dollars: if 6 plus the levels of the loss table the edition names (§2F1.1's until Oct. "
        "31, 2001, §2B1.1's after, of the same date) is greater than the level so far, the "
        "level is increased to it.")
