"""The facts §2D2.1 asks for (``[offense.possession]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class PossessionFacts(Strict):
    """§2D2.1 (the text in force from Nov. 1, 2010)."""

    substance: Literal["opiate_or_cocaine_base", "cocaine_flunitrazepam_lsd_or_pcp",
                       "other"] = Field(
        description="§2D2.1(a): \"opiate_or_cocaine_base\" ((a)(1), 8: \"heroin or any "
        "Schedule I or II opiate, an analogue of these, or cocaine base\"), "
        "\"cocaine_flunitrazepam_lsd_or_pcp\" ((a)(2), 6: \"cocaine, flunitrazepam, LSD, or "
        "PCP\") or \"other\" ((a)(3), 4: \"any other controlled substance or a list I "
        "chemical\"); of several substances, the one of the highest level.")
    in_prison: bool = Field(
        False, description="§2D2.1(b)(1): the offense involved possession of a controlled "
        "substance in a prison, correctional facility, or detention facility (the cross "
        "reference to §2P1.2, which ussg does not compute: an error).")
