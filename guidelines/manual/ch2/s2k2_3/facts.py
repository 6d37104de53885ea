"""The case file's ``[offense.firearms_2k2_3]``: the facts §2K2.3 of Nov. 1, 1987 - Oct. 31,
1991 reads. A fact the edition's §2K2.3 does not have is refused under it
(guidelines/manual/ch2/s2k2_3/offense_level.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2k2_1.other_offense import OtherOffense


class FormerFirearm2K2_3Facts(Strict):
    """§2K2.3 as it stood Nov. 1, 1987 - Oct. 31, 1991."""

    convicted_under: list[Literal["26 U.S.C. § 5861", "other"]] = Field(
        default_factory=list, description="1987-1989 (a)(1): \"26 U.S.C. § 5861\" (level 12), "
        "or \"other\".")
    number_of_firearms: Annotated[int, Field(ge=0, le=1_000_000)] = Field(
        0, description="1987-1989 (b)(1): the number of firearms unlawfully dealt in.")
    knew_purchaser_prohibited: bool = Field(
        False, description="1987-1989 (b)(2)(A): knew or had reason to believe that a purchaser "
        "was a person prohibited by federal law from owning the firearm.")
    knew_purchaser_prohibited_in_other_state: bool = Field(
        False, description="1987-1989 (b)(2)(B): knew or had reason to believe that a purchaser "
        "resided in another state in which he was prohibited from owning the firearm.")
    knew_stolen_or_altered_serial_number: bool = Field(
        False, description="1987-1989 (b)(2)(C): knew or had reason to believe that a firearm "
        "was stolen or had an altered or obliterated serial number.")
    other_offense: OtherOffense | None = Field(
        None, description="1987-1989 (c)(1): the firearm provided to another for the purpose of "
        "committing another offense, or knowing that he planned to use it in committing another "
        "offense; 1989-1991 (a)(1): the offense that the defendant intended or knew was to be "
        "committed with the firearm ([offense.firearms_2k2_3.other_offense], the keys of "
        "§2K2.1's).")
    firearms_guideline: Literal["2K2.1", "2K2.2"] | None = Field(
        None, description="1989-1991 (a)(2): the guideline that applies to the firearms offense "
        "itself, \"2K2.1\" (its facts in [offense.firearms]) or \"2K2.2\" ([offense.firearms_2k2_2]).")

    @model_validator(mode="after")
    def _coherent(self) -> FormerFirearm2K2_3Facts:
        if len(set(self.convicted_under)) != len(self.convicted_under):
            raise ValueError("convicted_under names a statute twice")
        return self
