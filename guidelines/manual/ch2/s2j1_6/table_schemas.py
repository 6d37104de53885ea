"""The schema of §2J1.6's table (tables/failure_to_appear.toml), checked when it is loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition
from ussg.guidelines.manual.ch2.s2j1_2.table_schemas import ChapterThreeNote


class BaseLevel(Closed):
    """A subsection of (a): "all" (the single level 6 of Nov. 1, 1987 - Oct. 31, 1990),
    "failure_to_report" ((a)(1), from Nov. 1, 1990) or "otherwise" ((a)(2))."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    applies_to: Literal["all", "failure_to_report", "otherwise"]
    text: str


class Decrease(Closed):
    """One subdivision of (b)(1): its clause, its (negative) levels, its words."""

    clause: str
    levels: int = Field(lt=0)
    text: str


class Surrender(Closed):
    """(b)(1) from Nov. 1, 1990: (A) a voluntary surrender within 96 hours, (B) an order to
    report to a community corrections center, with the proviso on an offense committed while
    away."""

    paragraph: str
    text: str  # the opening words
    surrendered: Decrease
    community_corrections: Decrease
    proviso: str


class Tier(Closed):
    """An increase by the underlying offense's maximum: "punishable by death or" (``death``)
    a term of at least ``at_least_months``, or "a felony" (``felony``: a maximum of more than
    one year, 18 U.S.C. § 3559(a))."""

    paragraph: str  # "(b)(2)(A)"; "(b)(1)" in 1987
    levels: int = Field(gt=0)
    text: str
    at_least_months: int | None = Field(None, gt=0)
    death: bool = False
    felony: bool = False

    @model_validator(mode="after")
    def _one_measure(self) -> Tier:
        if (self.at_least_months is None) == (not self.felony):
            raise ValueError("a tier is measured by at_least_months or is the felony tier")
        return self


class Underlying(Closed):
    """The increases by the underlying offense: for every failure to appear (1987: "all") or
    only where (a)(2) gave the base level ("otherwise"), the tiers from the greatest."""

    applies_to: Literal["all", "otherwise"]
    text: str  # the opening words ("" where each paragraph says them)
    tiers: list[Tier] = Field(min_length=1)


class FailureToAppear(Common):
    """One version of §2J1.6."""

    base_levels: list[BaseLevel] = Field(min_length=1)
    surrender: Surrender | NotInEdition
    underlying: Underlying
    chapter_three: ChapterThreeNote


SCHEMAS = {"failure_to_appear": FailureToAppear}
