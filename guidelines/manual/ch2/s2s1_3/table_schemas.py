"""The shape of §2S1.3's table (tables/structuring.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition
from ussg.guidelines.manual.ch2.s2s1_3.facts import Finding


class BaseLevel(Closed):
    """A subsection of (a) that is a number: 13 and 5 (1987-1993), 8 (from 2002)."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    facts: list[Finding] = []  # the findings that select it (none: "otherwise")
    text: str


class ValueBase(Closed):
    """(a) from Nov. 1, 1993: ``plus`` plus the levels of the loss table ``table`` names (of
    the same date) for the value of the funds."""

    paragraph: str
    plus: int = Field(ge=1, le=43)
    table: Literal["§2F1.1", "§2B1.1"]
    text: str


class Knowledge(Closed):
    """(b)(1): +``levels`` where a finding of ``facts`` is made; 1991-1993 also a floor."""

    paragraph: str
    levels: int
    minimum: int | None = Field(None, ge=1, le=43)
    facts: list[Finding] = Field(min_length=1)
    text: str


class ValueIncrease(Closed):
    """(b)(2), 1987-1993: from (a)(1), the value of the funds by §2S1.1(b)(2)'s table."""

    paragraph: str
    text: str


class Pattern(Closed):
    """(b)(2) from 2002: the conviction ``conviction`` and a finding of ``facts``."""

    paragraph: str
    levels: int
    conviction: Finding
    facts: list[Finding] = Field(min_length=1)
    text: str


class LawfulDecrease(Closed):
    """The decrease to level ``to_level`` for lawful funds to be used for a lawful purpose."""

    paragraph: str
    to_level: int = Field(ge=1, le=43)
    facts: list[Finding] = Field(min_length=1)
    text: str


class TaxCrossReference(Closed):
    """(c)(1): the most appropriate guideline of Chapter Two, Part T, if greater."""

    paragraph: str
    facts: list[Finding] = Field(min_length=1)
    text: str


class Structuring(MayNotExist):
    """One version of §2S1.3."""

    heading: str | None = None
    text: str | None = None  # exists = false: why the dates are refused
    base_a1: BaseLevel | NotInEdition | None = None
    base_a2: BaseLevel | NotInEdition | None = None
    value_base: ValueBase | NotInEdition | None = None
    statutory_base: BaseLevel | NotInEdition | None = None
    knowledge: Knowledge | None = None
    value_increase: ValueIncrease | NotInEdition | None = None
    pattern: Pattern | NotInEdition | None = None
    lawful_decrease: LawfulDecrease | NotInEdition | None = None
    tax_cross_reference: TaxCrossReference | NotInEdition | None = None


SCHEMAS = {"structuring": Structuring}
