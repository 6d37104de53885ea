"""The schema of §2D1.13's table (tables/chemical_structuring.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Option(Closed):
    """One option of (a): ``level`` alone, or ``plus`` levels added to the §2D1.11 level;
    read where the state of mind is ``requires``."""

    paragraph: str = Field(min_length=1)
    text: str = Field(min_length=1)
    level: int | None = Field(None, ge=1, le=43)
    plus: int | None = Field(None, ge=-10, le=10)
    requires: str = Field(min_length=1)

    @model_validator(mode="after")
    def _one_measure(self) -> Option:
        if (self.level is None) == (self.plus is None):
            raise ValueError(f"{self.paragraph}: give level or plus, one of them")
        return self


class ChemicalStructuring(MayNotExist):
    """A version of §2D1.13(a)."""

    heading: str = ""
    options: list[Option] = []
    text: str | None = None  # where the guideline does not exist: why


SCHEMAS = {"chemical_structuring": ChemicalStructuring}
