"""The shape of §2H2.1's table (tables/obstructing_election.toml)."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.manual.ch2.fixed_levels import Levels

APPLIES_TO = {"force", "other_means", "defendant_conduct"}


class ObstructingElection(Levels):
    """One version of §2H2.1: (a)(1)-(3), "(Apply the greatest)"."""

    @model_validator(mode="after")
    def _three(self) -> "ObstructingElection":
        if {b.applies_to for b in self.bases} != APPLIES_TO:
            raise ValueError(f"§2H2.1(a) has three subdivisions: {sorted(APPLIES_TO)}")
        return self


SCHEMAS = {"obstructing_election": ObstructingElection}
