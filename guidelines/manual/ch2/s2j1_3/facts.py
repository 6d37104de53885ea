"""The case file's ``[offense.perjury]``: the facts §2J1.3 (Perjury or Subornation of Perjury;
Bribery of Witness) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x3_1.facts import UnderlyingOffense


class PerjuryFacts(Strict):
    """§2J1.3 (Perjury or Subornation of Perjury; Bribery of Witness)."""

    offense: Literal["perjury", "subornation_of_perjury", "witness_bribery"] = Field(
        description="The offense: \"perjury\", \"subornation_of_perjury\" or "
        "\"witness_bribery\" (under §2J1.3 from Nov. 1, 1993, Amendment 481; before, §2J1.8: "
        "give guideline = \"2J1.8\", which reads this table).")
    injury_or_property_damage: bool = Field(
        False, description="§2J1.3(b)(1): the offense involved causing or threatening to cause "
        "physical injury to a person, or property damage, in order to suborn perjury (before "
        "Nov. 1, 1989: the defendant suborned perjury by causing or threatening to cause "
        "physical injury to a person or property): +8.")
    substantial_interference: bool = Field(
        False, description="§2J1.3(b)(2): the perjury, subornation of perjury, or witness "
        "bribery resulted in substantial interference with the administration of justice "
        "(comment. (n.1)): +3.")
    in_respect_to: UnderlyingOffense | None = Field(
        None, description="§2J1.3(c)(1): the offense involved perjury, subornation of perjury, "
        "or witness bribery in respect to a criminal offense: §2X3.1 in respect to that "
        "offense, if greater. Its guideline (\"2D1.1\" from [offense] drugs, or \"other\" with "
        "offense_level). Before Nov. 1, 1989 the words reach perjury only (a subornation is "
        "refused).")
    obstructed_the_perjury_count: bool = Field(
        False, description="§2J1.3, comment. (n.2): the defendant obstructed the investigation "
        "or trial of the perjury count: only then does §3C1.1 (before Nov. 1, 2013, Chapter "
        "Three, Part C) apply. Under §2J1.8 (1987-1993, comment. (n.2)): of the witness "
        "bribery count.")
