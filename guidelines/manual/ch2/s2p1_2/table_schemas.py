"""The schema of §2P1.2's table (tables/prison_contraband.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class ObjectLevel(Closed):
    """One option of (a): its level for the objects its words name in the edition."""

    paragraph: str = Field(min_length=1)  # "(a)(2)"
    level: int = Field(ge=1, le=43)
    text: str = Field(min_length=1)
    objects: list[str]  # the case file's values of ``object`` the words name


class Officer(Closed):
    """(b)(1): the defendant's position, as the edition's words reach it."""

    paragraph: str = Field(min_length=1)
    levels: int
    text: str = Field(min_length=1)
    covers: list[str]  # the values of ``defendant_was`` the words reach


class CrossReference(Closed):
    """(c)(1): "2 plus the offense level from §2D1.1, but in no event less than level 26"
    for a § 1791(a)(1) conviction punishable under § 1791(b)(1) (1989-1995), or the §2D1.1
    level where the object was distribution, raised to 26 by the proviso (from 1995)."""

    paragraph: str = Field(min_length=1)
    kind: Literal["section_1791_b_1", "distribution"]
    plus: int = 0
    at_least: int = Field(ge=1, le=43)
    text: str = Field(min_length=1)


class TrustNote(Closed):
    """The commentary's note on §3B1.3."""

    note: str = Field(min_length=1)  # "comment. (n.2)"
    text: str = Field(min_length=1)


class PrisonContraband(MayNotExist):
    """A version of §2P1.2."""

    base_levels: list[ObjectLevel] = []
    unplaced: dict[str, str] = {}  # object -> why the edition's (a) does not place it
    officer: Officer | None = None
    cross_reference: CrossReference | None = None
    trust_note: TrustNote | None = None

    @model_validator(mode="after")
    def _complete(self) -> PrisonContraband:
        if self.exists and not (self.base_levels and self.officer and self.trust_note):
            raise ValueError("a version where §2P1.2 exists needs base_levels, officer and "
                             "trust_note")
        named = [o for option in self.base_levels for o in option.objects]
        if len(named) != len(set(named)) or set(named) & set(self.unplaced):
            raise ValueError("an object is placed under two options of (a)")
        return self


SCHEMAS = {"prison_contraband": PrisonContraband}
