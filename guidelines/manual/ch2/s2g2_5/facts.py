"""The case file's ``[offense.recordkeeping]``: the facts §2G2.5 (Recordkeeping Offenses
Involving the Production of Sexually Explicit Materials; Failure to Provide Required Marks in
Commercial Electronic Email) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2g2_1.facts import ProductionFacts
from ussg.guidelines.manual.ch2.s2g2_2.facts import ChildPornographyFacts


class RecordkeepingFacts(Strict):
    """§2G2.5, from Nov. 1, 1991: the cross reference the court found, if any (level 6
    without one)."""

    production: ProductionFacts | None = Field(
        None, description="(b)(1): the offense reflected an effort to conceal a substantive "
        "offense that involved causing, transporting, permitting, or offering or seeking by "
        "notice or advertisement, a minor to engage in sexually explicit conduct to produce a "
        "visual depiction of it: the §2G2.1 findings (the keys of [offense.production]), "
        "computed through the registry; §2G2.1 applies (its level replaces this one).")
    trafficking: ChildPornographyFacts | None = Field(
        None, description="(b)(2): the offense reflected an effort to conceal a substantive "
        "offense that involved trafficking in material involving the sexual exploitation of a "
        "minor: the §2G2.2 findings (the keys of [offense.child_pornography]), computed "
        "through the registry; §2G2.2 applies (its level replaces this one).")

    @model_validator(mode="after")
    def _one(self) -> RecordkeepingFacts:
        if self.production is not None and self.trafficking is not None:
            raise ValueError("give the §2G2.1 findings (production) or the §2G2.2 findings "
                             "(trafficking): each cross reference applies another guideline "
                             "to the offense")
        return self
