"""The facts §2A4.2 (Demanding or Receiving Ransom Money) reads: the case file's
``[offense.ransom]`` (tables/ransom_money.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a4_1.facts import KidnappingFacts


class RansomFacts(Strict):
    """§2A4.2: level 23; (b)(1), from Nov. 1, 1993, the cross reference to §2A4.1."""

    participant_in_kidnapping: KidnappingFacts | None = Field(
        None, description="§2A4.2(b)(1) (from Nov. 1, 1993, Amendment 479; refused before): "
        "the defendant was a participant in the kidnapping offense (comment. (n.1): "
        "criminally responsible for its commission, though not necessarily convicted): "
        "apply §2A4.1, computed from these findings (the keys of [offense.kidnapping]; an "
        "empty table for none).")
