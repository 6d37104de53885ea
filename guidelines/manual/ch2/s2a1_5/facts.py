"""The case file's ``[offense.murder_conspiracy_or_solicitation]``: the facts §2A1.5
(Conspiracy or Solicitation to Commit Murder) reads, from Nov. 1, 1990 (Amendment 311; before
it the guideline does not exist and a case under it is refused)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a2_1.facts import AttemptedMurderFacts


class MurderConspiracyFacts(Strict):
    """§2A1.5: the characteristic and the cross references (all optional: without them,
    level 33 in 2025)."""

    offer_or_receipt_of_pecuniary_value: bool = Field(
        False, description="§2A1.5(b)(1), +4: the offense involved the offer or the receipt "
        "of anything of pecuniary value for undertaking the murder.")
    death_resulted: bool = Field(
        False, description="§2A1.5(c)(1): the offense resulted in the death of a victim: "
        "§2A1.1 (First Degree Murder) is applied (level 43), computed through the registry "
        "and its step shown.")
    attempted_murder: AttemptedMurderFacts | None = Field(
        None, description="§2A1.5(c)(2): the offense resulted in an attempted murder or "
        "assault with intent to commit murder: the §2A2.1 findings (the keys of "
        "[offense.attempted_murder]; an empty table for none); §2A2.1 is applied, its "
        "steps shown. Refused with death_resulted ((c)(1) makes §2A1.1's level the offense "
        "level).")
