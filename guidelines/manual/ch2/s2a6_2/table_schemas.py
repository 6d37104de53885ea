"""The shape of §2A6.2's table (tables/stalking_domestic_violence.toml), checked when it is
loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference


class Factor(Closed):
    """One aggravating factor of (b)(1): the case file's fact, its letter, its words."""

    fact: str
    letter: str  # "(A)"
    words: str


class Aggravating(Closed):
    """(b)(1): one factor, +``one``; more than one, +``more``."""

    paragraph: str
    title: str  # the checklist's words for it
    text: str
    one: int = Field(ge=1)
    more: int = Field(ge=1)
    factors: list[Factor]


class Stalking(MayNotExist):
    """One version of §2A6.2 (``exists = false`` with ``text`` before Nov. 1, 1997)."""

    base: int | None = Field(None, ge=1, le=43)
    text_a: str | None = None
    aggravating: Aggravating | None = None
    cross_reference: CrossReference | None = None
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "Stalking":
        needed = (["base", "text_a", "aggravating", "cross_reference"] if self.exists
                  else ["text"])
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version {'where the guideline exists' if self.exists else 'with exists = false'} "
                             f"needs {', '.join(missing)}")
        return self


SCHEMAS = {"stalking_domestic_violence": Stalking}
