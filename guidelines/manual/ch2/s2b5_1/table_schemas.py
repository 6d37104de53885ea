"""The shape of §2B5.1's table (tables/counterfeiting.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition, Paragraph
from ussg.guidelines.manual.ch2.s2b5_1.facts import Conduct


class FaceValue(Closed):
    """(b)(1): over ``table_more_than`` the levels of the loss table ``table`` names (of the
    same date); from Nov. 1, 2001 ``one_level`` over ``one_level_more_than`` up to it."""

    paragraph: str
    table: Literal["§2F1.1", "§2B1.1"]
    table_more_than: str
    one_level_more_than: str | None = None
    one_level: int | None = None
    text: str

    @model_validator(mode="after")
    def _band(self) -> FaceValue:
        if (self.one_level_more_than is None) != (self.one_level is None):
            raise ValueError("a one-level band needs one_level_more_than and one_level")
        return self


class Manufacturing(Closed):
    """(b)(2) (and from 2001 (b)(3)): the kinds of conduct it covers, its levels and/or the
    floor ("increase to level N")."""

    paragraph: str
    kinds: list[Conduct] = Field(min_length=1)
    levels: int | None = None
    minimum: int | None = Field(None, ge=1, le=43)
    text: str

    @model_validator(mode="after")
    def _effect(self) -> Manufacturing:
        if self.levels is None and self.minimum is None:
            raise ValueError(f"{self.paragraph} has no effect (levels or minimum)")
        return self


class Weapon(Paragraph):
    """A paragraph of fixed levels with a floor ("If the resulting offense level is less than
    level 13, increase to level 13")."""

    minimum: int = Field(ge=1, le=43)


class Counterfeiting(MayNotExist):
    """One version of §2B5.1."""

    base_level: int = Field(ge=1, le=43)
    base_text: str
    face_value: FaceValue
    manufacturing: Manufacturing
    manufacturing_minimum: Manufacturing | None = None  # (b)(3), from Nov. 1, 2001
    weapon: Weapon | NotInEdition
    outside_united_states: Paragraph | NotInEdition


SCHEMAS = {"counterfeiting": Counterfeiting}
