"""The schema of §2A4.1's table (tables/kidnapping.toml), checked when it is loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, NotInEdition, Paragraph)


class NotReleased(Closed):
    """(b)(4)(A), (B): "If the victim was not released before thirty days had elapsed,
    increase by 2 levels"."""

    clause: str
    days: int = Field(ge=1)
    levels: int = Field(ge=1)
    text: str


class ReleasedEarly(Closed):
    """(b)(4)(C), until May 30, 2003: "If the victim was released before twenty-four hours had
    elapsed, decrease by 1 level"."""

    clause: str
    levels: int = Field(le=-1)
    text: str


class Release(Closed):
    """(b)(4): the alternatives for the time before release, greatest first."""

    paragraph: str
    not_released: list[NotReleased]
    released_early: ReleasedEarly | None = None
    ended: str | None = None  # where (C) is no longer in force: the words saying so


class Facilitate(Closed):
    """Before Nov. 1, 1991, (b)(5): "(A) increase by 4 levels; or (B) if the result of
    applying this guideline is less than that resulting from application of the guideline for
    such other offense, apply the guideline for such other offense"."""

    kind: Literal["facilitate"]
    paragraph: str
    levels: int
    text: str


class IncreaseTo(Closed):
    """From Nov. 1, 1991, (b)(7): "increase to (A) the offense level from the Chapter Two
    offense guideline applicable to that other offense if [it] ... takes such conduct into
    account; or (B) 4 plus the offense level ..., but in no event greater than level 43"."""

    kind: Literal["increase_to"]
    paragraph: str
    plus: int
    ceiling: int = Field(ge=1, le=43)
    text: str


class RestraintNote(Closed):
    """§3A1.3's note keeping its adjustment from an offense whose guideline or elements take
    the restraint into account."""

    note: str
    text: str


class Kidnapping(Common):
    base_paragraph: str
    base_level: int = Field(ge=1, le=43)
    base_text: str
    ransom: Paragraph
    bodily_injury: Alternatives
    weapon: Paragraph
    release: Release
    sexual_exploitation: Paragraph | NotInEdition  # from Nov. 1, 1991 (Amendment 363)
    minor_placed: Paragraph | NotInEdition  # from Nov. 1, 1991 (Amendment 363)
    other_offense: Facilitate | IncreaseTo = Field(discriminator="kind")
    murder_cross_reference: CrossReference | NotInEdition  # from Nov. 1, 1991 (Amendment 363)
    restraint_note: RestraintNote


SCHEMAS = {"kidnapping": Kidnapping}
