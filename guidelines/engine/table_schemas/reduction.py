"""§1B1.10 (Reduction in Term of Imprisonment as a Result of Amended Guideline Range): the
policy statement's versions (``sentence_reduction``) and what each covered amendment changed
(``covered_amendments``)."""

import datetime as dt
from typing import Literal

from pydantic import Field

from . import Closed, Common


class CoveredEntry(Closed):
    """One amendment as the listing names it."""

    amendment: int
    words: str = Field(min_length=1)  # "750 (parts A and C only)"
    parts: list[str] = []  # the parts covered; [] = the whole amendment
    as_amended_by: list[int] = []
    order_on_or_after: dt.date | None = None  # subsection (e)
    instruction: str | None = None  # (e)'s words


class Reduction(Common):
    list_subsection: Literal["(c)", "(d)"] | None = None  # None: no §1B1.10 (1987-1989)
    list_text: str | None = None
    covered: list[CoveredEntry]
    computable: bool
    note: str | None = None  # why a version is not computed
    exclusion_a: str | None = None
    exclusion_b: str | None = None
    applicable_range_text: str | None = None
    text_b: str | None = None  # (b) before Amendment 712 (1994-2008)
    floor: Literal["none", "amended_minimum"] | None = None
    floor_text: str | None = None
    exception: Literal["none", "below_range", "substantial_assistance"] | None = None
    exception_text: str | None = None
    time_served: bool | None = None
    time_served_text: str | None = None
    minimum_without_5g1: bool | None = None
    minimum_text: str | None = None


class Substitute(Closed):
    table: str = Field(min_length=1)
    effective: dt.date


class AmendmentEffect(Closed):
    number: int
    effective: dt.date
    part: str | None = None
    changed: str = Field(min_length=1)
    substitute: list[Substitute]
    made_with: list[int] = []
    substances: list[str] | None = None
    not_computed: str | None = None
    source: str = Field(min_length=1)


class CoveredAmendments(Common):
    amendment: list[AmendmentEffect]
