"""The facts §2D1.8 asks for beyond §2D1.1's (``[offense.drug_establishment]``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class DrugEstablishmentFacts(Strict):
    """§2D1.8(a)(2) (from Nov. 1, 1992, Amendment 448); refused before."""

    only_allowed_use_of_premises: bool = Field(
        False,
        description="§2D1.8(a)(2) (from Nov. 1, 1992): \"the defendant had no participation "
        "in the underlying controlled substance offense other than allowing use of the "
        "premises\" (as comment. (n.1) limits it): 4 levels less than the §2D1.1 level, not "
        "greater than 16 (26 from Nov. 1, 2002); no §3B1.2 adjustment with it.")
