"""The case file's ``[offense.migrant_agricultural_worker]``: the facts §2H4.2 (Willful
Violations of the Migrant and Seasonal Agricultural Worker Protection Act) reads. Part of the
public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class MigrantAgriculturalWorkerFacts(Strict):
    """§2H4.2 (every key optional: an empty table is (a) 6 alone)."""

    bodily_injury: Literal["serious_bodily_injury", "bodily_injury"] | None = Field(
        None, description="§2H4.2(b)(1): the offense involved \"serious_bodily_injury\" (+4) "
        "or \"bodily_injury\" (+2), as §1B1.1, comment. (n.1) defines them (comment. (n.1)).")
    prior_adjudication: bool = Field(
        False, description="§2H4.2(b)(2), +2: the defendant committed any part of the instant "
        "offense subsequent to sustaining a civil or administrative adjudication for similar "
        "misconduct (under the Act, comment. (n.2)).")
