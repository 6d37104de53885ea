"""The shape of the original §2J1.7's table (tables/offense_on_release_1987.toml)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.fixed_levels import Base, Paragraph


class Term(Paragraph):
    """A paragraph of (b): the maximum terms it reaches, in months (``at_most`` absent: no
    upper bound), and whether it needs a felony."""

    at_least: int = 0
    at_most: int | None = None
    felony_only: bool = False


class OffenseOnRelease1987(MayNotExist):
    heading: str | None = None
    bases: list[Base] = []
    punishable: list[Term] = []
    text: str | None = None  # exists = false: why

    @model_validator(mode="after")
    def _complete(self) -> OffenseOnRelease1987:
        if self.exists and (not self.bases or not self.punishable or self.heading is None):
            raise ValueError("a version where §2J1.7 exists needs heading, bases, punishable")
        if not self.exists and self.text is None:
            raise ValueError("a version with exists = false needs text")
        return self


SCHEMAS = {"offense_on_release_1987": OffenseOnRelease1987}
