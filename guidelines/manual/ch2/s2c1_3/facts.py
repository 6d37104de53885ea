"""The case file's ``[offense.conflict_of_interest]``: the facts §2C1.3 (Conflict of Interest;
Payment or Receipt of Unauthorized Compensation) reads. Part of the public schema
(``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class ConflictOfInterestFacts(Strict):
    """§2C1.3 (Conflict of Interest; Payment or Receipt of Unauthorized Compensation)."""

    harm_to_government: bool = Field(
        False, description="§2C1.3(b)(1), +4: the offense involved actual or planned harm to "
        "the government.")
    bribe_or_gratuity: Literal["2C1.1", "2C1.2"] | None = Field(
        None, description="§2C1.3(c)(1), from Nov. 1, 2001 (Amendment 619; refused before): the "
        "offense involved a bribe (\"2C1.1\", its facts in [offense.bribery] of this count) or "
        "a gratuity (\"2C1.2\", [offense.gratuity]): that guideline, \"as appropriate\", if the "
        "resulting offense level is greater.")
