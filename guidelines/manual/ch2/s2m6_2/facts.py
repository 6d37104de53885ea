"""The case file's ``[offense.atomic_energy_violation]``: the finding §2M6.2 (Violation of Other
Federal Atomic Energy Agency Statutes, Rules, and Regulations) reads. Part of the public schema
(``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class AtomicEnergyViolationFacts(Strict):
    """§2M6.2(a): the intent with which the offense was committed."""

    intent_to_injure_or_aid_foreign_nation: bool = Field(
        False, description="§2M6.2(a)(1), 30: the offense was committed with intent to injure "
        "the United States or to aid a foreign nation; otherwise (a)(2), 6.")
