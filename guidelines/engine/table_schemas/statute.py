"""Statutory penalties, versioned by Public Law (tables/README.md, "Statutes")."""

import datetime as dt
from typing import Literal

from pydantic import Field

from . import Closed, Common


class Term(Closed):
    min: int | str
    max: int | str


class Tier(Closed):
    base: Term
    death: Term
    prior: Term
    prior_death: Term
    two_priors: Term | None = None
    two_priors_death: Term | None = None
    supervised_release: dict[str, int] = {}
    fine: dict[str, int] = {}


class FelonyClass(Closed):
    class_: str = Field(alias="class")
    words: str
    life: bool = False
    at_least: int | None = None
    more_than: int | None = None


class Statute(Common):
    law: str | None = None
    enacted: dt.date | None = None
    applies_at_sentencing: bool = False
    changes: str | None = None
    # 21 U.S.C. §§ 841(b), 960(b)
    quantities: dict[str, dict[Literal["A", "B", "C"], str]] = {}
    tiers: dict[str, Tier] = {}
    prior_term: str | None = None
    prior_term_C: str | None = None
    prior_term_3: str | None = None
    below_floor: str | None = None
    # 18 U.S.C. § 924(c)
    fixed: bool | None = None
    terms: dict[str, int] = {}
    second_or_subsequent: dict[str, int | str] = {}
    max_months: str | None = None
    second_requires_final_prior: bool | None = None
    # 18 U.S.C. §§ 3559(a), 3571(b), 3561(a)
    rows: list[FelonyClass] = []
    felony: int | None = None
    misdemeanor_A: int | None = None
    other: int | None = None
    barred_classes: list[str] = []
