"""The shape of §2X7.2's table (tables/submersible_vessels.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Option(Closed):
    """One clause of (b)(1)."""

    conduct: str  # the case file's value of vessel_conduct
    clause: str  # "(A)"
    levels: int
    words: str


class Vessel(Closed):
    """(b)(1) (Apply the greatest)."""

    paragraph: str
    title: str  # the checklist's words for it
    text: str
    options: list[Option]


class SubmersibleVessels(MayNotExist):
    """One version of §2X7.2 (``exists = false`` with ``text`` before Nov. 1, 2009)."""

    base: int | None = Field(None, ge=1, le=43)
    text_a: str | None = None
    vessel: Vessel | None = None
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> "SubmersibleVessels":
        needed = ["base", "text_a", "vessel"] if self.exists else ["text"]
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version {'where the guideline exists' if self.exists else 'with exists = false'} "
                             f"needs {', '.join(missing)}")
        return self


SCHEMAS = {"submersible_vessels": SubmersibleVessels}
