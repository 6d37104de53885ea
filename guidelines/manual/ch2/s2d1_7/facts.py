"""The facts §2D1.7's cross reference asks for (``[offense.paraphernalia]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class ParaphernaliaFacts(Strict):
    """§2D1.7(b)(1) (from Nov. 1, 1991, Amendment 397)."""

    cross_reference: Literal["2D1.1", "2D2.1"] | None = Field(
        None,
        description="§2D1.7(b)(1) (from Nov. 1, 1991): \"If the offense involved a controlled "
        "substance, apply §2D1.1 (Unlawful Manufacturing, Importing, Exporting, or "
        "Trafficking) or §2D2.1 (Unlawful Possession), as appropriate\": \"2D1.1\" (computed "
        "from [offense] drugs, applied if greater than 12) or \"2D2.1\" (not computed by "
        "ussg: an error). Required when [offense] drugs are given.")
