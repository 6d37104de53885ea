"""The case file's ``[offense.defense_information_transmitting]``: the finding §2M3.3 (Transmitting National Defense Information) reads. Part
of the public schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class TransmittingInformationFacts(Strict):
    """§2M3.3(a): whether the information was top secret."""

    top_secret: bool = Field(
        description="§2M3.3(a)(1), 29: the information was top secret (before Nov. 1, 1993: top secret information was transmitted) (\"top secret information\": comment. "
        "(n.1) of §2M3.1, information that, if disclosed, reasonably could be expected to cause "
        "exceptionally grave damage to the national security); false: (a)(2), 24. Read too by "
        "§§2M3.6-2M3.7 ((a)(1) \"top secret information was disclosed\") and §2M3.8 (\"was "
        "received\"), Nov. 1, 1987 - Oct. 31, 1993: 29, else 24.")
