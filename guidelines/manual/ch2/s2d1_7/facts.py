"""The facts §2D1.7's cross reference asks for (``[offense.paraphernalia]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2d2_1.facts import PossessedSubstance


class ParaphernaliaFacts(Strict):
    """§2D1.7(b)(1) (from Nov. 1, 1991, Amendment 397)."""

    cross_reference: Literal["2D1.1", "2D2.1"] | None = Field(
        None,
        description="§2D1.7(b)(1) (from Nov. 1, 1991): \"If the offense involved a controlled "
        "substance, apply §2D1.1 (Unlawful Manufacturing, Importing, Exporting, or "
        "Trafficking) or §2D2.1 (Unlawful Possession), as appropriate\": \"2D1.1\" (computed "
        "from [offense] drugs, applied if greater than 12) or \"2D2.1\" (computed from "
        "possession_substance, and, Nov. 1, 1989 - Oct. 31, 2010, from [offense] drugs for "
        "more than 5 grams of cocaine base). Required when [offense] drugs are given.")
    possession_substance: PossessedSubstance | None = Field(
        None,
        description="With cross_reference = \"2D2.1\" (and only then): the substance, as "
        "§2D2.1's [offense.possession] substance states it (\"heroin_or_opiate\", "
        "\"cocaine_base\", \"cocaine\", ...).")
