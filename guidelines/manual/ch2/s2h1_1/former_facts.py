"""What the Part H, Subpart 1 guidelines' facts share: the underlying offense (§2H1.1(a)(1)
from Nov. 1, 1995; "2 plus" (§2H1.4 from Nov. 1, 1989: "6 plus") "the offense level
applicable to any underlying offense" of the former §§2H1.1-2H1.5) and the public official of
their (b)(1)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class UnderlyingOffenseFacts(Strict):
    """The underlying offense: its guideline, computed, or its level, stated."""

    underlying_guideline: str | None = Field(
        None, description="The offense guideline applicable to the underlying offense (any "
        "offense under federal, state, or local law other than one covered by Chapter Two, "
        "Part H, Subpart 1 (before Nov. 1, 1995: Subpart 1, 2, or 4)): \"2D1.1\" (from this "
        "count's drug facts, [offense] drugs), another guideline ussg computes, its facts in "
        "its own table of this count (\"2A2.2\" with [offense.aggravated_assault]), or "
        "\"other\" (give underlying_offense_level). One underlying offense a count: several "
        "are given as counts of their own.")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the Chapter Two offense level "
        "for the underlying offense, as determined (base offense level, specific offense "
        "characteristics, cross references).")

    @model_validator(mode="after")
    def _underlying(self) -> UnderlyingOffenseFacts:
        if self.underlying_guideline == "other" and self.underlying_offense_level is None:
            raise ValueError("underlying_guideline = \"other\" needs underlying_offense_level")
        if self.underlying_guideline != "other" and self.underlying_offense_level is not None:
            raise ValueError("underlying_offense_level is for underlying_guideline = "
                             "\"other\"; a computed guideline's level comes from the facts")
        return self


class PublicOfficialFacts(UnderlyingOffenseFacts):
    """With (b)(1): "If the defendant was a public official at the time of the offense,
    increase by 4 levels" (§§2H1.1-2H1.3, 2H1.5 before Nov. 1, 1995)."""

    public_official: bool = Field(
        False, description="(b)(1): the defendant was a public official at the time of the "
        "offense: +4 (§2H1.1 from Nov. 1, 1995: +6, (b)(1)(A)); §3B1.3 stated with it is "
        "refused.")
