"""The shape of §2J1.4's table (tables/impersonation.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Purpose(Closed):
    """(b)(1): the purposes the edition names."""

    paragraph: str
    title: str
    text: str
    levels: int
    reaches: list[str]  # the case file's values of purpose it names


class Reference(Closed):
    """(c)(1) (from Nov. 1, 1989)."""

    paragraph: str
    title: str
    text: str


class Impersonation(MayNotExist):
    """One version of §2J1.4."""

    base: int = Field(ge=1, le=43)
    text_a: str
    purpose: Purpose
    cross_reference: Reference | None = None

    @model_validator(mode="after")
    def _complete(self) -> "Impersonation":
        if not self.exists:
            raise ValueError("§2J1.4 exists in every edition from Nov. 1, 1987")
        return self


SCHEMAS = {"impersonation": Impersonation}
