"""The facts §2D1.13 asks for (``[offense.chemical_structuring]``): what the defendant knew
or had reason to believe, and, for (a)(1)-(2), §2D1.11's facts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2d1_11.facts import ListedChemicalFacts


class ChemicalStructuringFacts(Strict):
    """§2D1.13 (the text in force from Nov. 1, 1991)."""

    state_of_mind: Literal["knew_or_believed", "reason_to_believe", "otherwise"] = Field(
        description="§2D1.13(a): \"knew_or_believed\" ((a)(1): \"the defendant knew or "
        "believed that the chemical was to be used to manufacture a controlled substance "
        "unlawfully\": the offense level from §2D1.11), \"reason_to_believe\" ((a)(2): \"had "
        "reason to believe\": the §2D1.11 level reduced by 3) or \"otherwise\" ((a)(3): 6).")
    listed_chemical: ListedChemicalFacts | None = Field(
        None, description="§2D1.13(a)(1)-(2): the facts of §2D1.11 (the chemicals, its "
        "characteristics, its cross reference), as in [offense.listed_chemical]: \"the "
        "offense level from §2D1.11\" includes the base offense level and any applicable "
        "specific offense characteristic or cross reference (comment. (n.1)).")
