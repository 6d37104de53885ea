"""The case file's ``[offense.defense_information_gathering]``: the finding §2M3.2 (Gathering National Defense Information) reads. Part
of the public schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class GatheringInformationFacts(Strict):
    """§2M3.2(a): whether the information was top secret."""

    top_secret: bool = Field(
        description="§2M3.2(a)(1), 35: top secret information was gathered (\"top secret information\": comment. "
        "(n.1) of §2M3.1, information that, if disclosed, reasonably could be expected to cause "
        "exceptionally grave damage to the national security); false: (a)(2), 30.")
