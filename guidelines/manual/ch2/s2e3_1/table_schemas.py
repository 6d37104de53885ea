"""The shape of §2E3.1's table (tables/gambling_offenses.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common

Fact = Literal["gambling_business", "wagering_information", "commercial_gambling_operation",
               "animal_fighting_venture", "convicted_7_usc_2156_a_2_b"]


class BaseLevel(Closed):
    """One paragraph of (a)."""

    paragraph: str  # "(a)(1)"
    level: int = Field(ge=1, le=43)
    words: str  # the condition, in the edition's words
    conduct: list[Fact] | None = None  # the facts that make it apply; None: "otherwise"
    unless: Fact | None = None  # "except as provided in ..."


class GamblingOffenses(Common):
    """One version of §2E3.1(a)."""

    title: str
    text_a: str
    apply_greatest: bool
    base_levels: list[BaseLevel] = Field(min_length=1)
    not_in_edition: dict[Fact, str]  # a fact the edition does not read: why


SCHEMAS = {"gambling_offenses": GamblingOffenses}
