"""The shape of §2H4.2's table (tables/migrant_agricultural_worker.toml)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph
from ussg.guidelines.manual.ch2.offense_characteristics import Alternatives


class MigrantAgriculturalWorker(Levels):
    """One version of §2H4.2 (exists = false before May 1, 2001): (a) 6, (b)(1)'s
    alternatives, (b)(2) +2."""

    bodily_injury: Alternatives | None = None  # (b)(1)
    prior_adjudication: Paragraph | None = None  # (b)(2)

    @model_validator(mode="after")
    def _paragraphs(self) -> "MigrantAgriculturalWorker":
        if self.exists and (self.bodily_injury is None or self.prior_adjudication is None):
            raise ValueError("a version where §2H4.2 exists needs (b)(1) and (b)(2)")
        return self


SCHEMAS = {"migrant_agricultural_worker": MigrantAgriculturalWorker}
