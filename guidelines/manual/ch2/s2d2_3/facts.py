"""The facts §2D2.3 asks for (``[offense.common_carrier]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class CommonCarrierFacts(Strict):
    """§2D2.3(a) (from Nov. 1, 1989, Amendment 141); refused before (level 8)."""

    resulted: Literal["death", "serious_bodily_injury"] | None = Field(
        None,
        description="§2D2.3(a)(1)-(2) (from Nov. 1, 1989): \"death\" (\"26, if death "
        "resulted\") or \"serious_bodily_injury\" (\"21, if serious bodily injury "
        "resulted\"); left out, (a)(3) \"13, otherwise\".")
