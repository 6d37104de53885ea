"""The shape of §2K2.2's table before 1991 (tables/former_firearm_2k2_2.toml); §2K2.3's
(s2k2_3/table_schemas.py) is built from the same parts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class BaseLevel(Closed):
    subsection: str
    level: int | None = Field(None, ge=1, le=43)  # None: another guideline's level (§2K2.3)
    rule: Literal["nfa_statute", "otherwise", "other_offense", "firearms_guideline", "fixed"]
    text: str


class Increase(Closed):
    subsection: str
    levels: int = Field(ge=1)
    text: str


class Decrease(Closed):
    subsection: str
    decrease: int = Field(ge=1)
    text: str


class Row(Closed):
    row: str
    at_least: int = Field(ge=1)
    at_most: int | None = None
    add: int = Field(ge=1)


class FirearmsTable(Closed):
    subsection: str
    text: str
    rows: list[Row] = Field(min_length=1)


class Clause(Closed):
    clause: str
    statutes: list[str] = []  # §2K2.2(b)(3) of 1989: convicted under one of these
    fact: str | None = None  # §2K2.3(b)(2) of 1987: the case-file key
    levels: int = Field(ge=1)


class Greatest(Closed):
    """Alternatives of which the greatest applies."""
    subsection: str
    text: str
    rows: list[Clause] = Field(min_length=1)


class Provision(Closed):
    subsection: str
    text: str


class FormerFirearmGuideline(MayNotExist):
    """One version of §2K2.2 or §2K2.3 as they stood Nov. 1, 1987 - Oct. 31, 1991."""

    citation: str | None = None
    title_then: str | None = None
    base_levels: list[BaseLevel] = []
    firearms_table: FirearmsTable | None = None
    stolen: Increase | None = None
    silencer: Increase | None = None
    sporting: Decrease | None = None
    convictions: Greatest | None = None
    knowledge: Greatest | None = None
    prior_felony: Provision | None = None  # §2K2.2(c)(1) of 1989: apply §2K2.1
    cross_reference: Provision | None = None  # the other offense
    facts: list[str] = []
    text: str | None = None  # exists = false: why

    @model_validator(mode="after")
    def _complete(self) -> FormerFirearmGuideline:
        if self.exists and not (self.title_then and self.base_levels and self.citation):
            raise ValueError("a version where the guideline exists needs title_then, "
                             "base_levels and citation")
        if not self.exists and not self.text:
            raise ValueError("exists = false needs text (why)")
        return self


SCHEMAS = {"former_firearm_2k2_2": FormerFirearmGuideline}
