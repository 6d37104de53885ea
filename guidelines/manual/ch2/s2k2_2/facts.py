"""The case file's ``[offense.firearms_2k2_2]``: the facts §2K2.2 of Nov. 1, 1987 - Oct. 31,
1991 reads. A fact the edition's §2K2.2 does not have is refused under it
(guidelines/manual/ch2/s2k2_2/offense_level.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2k2_1.other_offense import OtherOffense
from ussg.guidelines.manual.ch2.s2k2_2.statutes import STATUTES


class FormerFirearm2K2_2Facts(Strict):
    """§2K2.2 as it stood Nov. 1, 1987 - Oct. 31, 1991."""

    convicted_under: list[Literal[STATUTES]] = Field(  # type: ignore[valid-type]
        default_factory=list, description="1989-1991 (a)(1) and (b)(3): the statutes of "
        "conviction: \"922(b)(1)\", \"922(b)(2)\", \"922(d)\", \"922(o)\" (18 U.S.C.), "
        "\"26 U.S.C. § 5861\", \"other\".")
    distribution: bool = Field(False, description="1989-1991 (b)(1): the offense involved "
                               "distribution of a firearm, or possession with intent to distribute.")
    number_of_firearms: Annotated[int, Field(ge=0, le=1_000_000)] = Field(
        0, description="1989-1991 (b)(1): the number of firearms unlawfully distributed, or to "
        "be distributed.")
    stolen: bool = Field(False, description="(b)(1) of 1987, (b)(2) of 1989: the firearm (any "
                         "of the firearms, 1989) was stolen.")
    altered_or_obliterated_serial_number: bool = Field(
        False, description="(b)(1) of 1987, (b)(2) of 1989: the firearm (any of the firearms, "
        "1989) had an altered or obliterated serial number.")
    silencer: bool = Field(False, description="1987-1989 (b)(2): the firearm was a silencer.")
    sport_recreation_or_collection: bool = Field(
        False, description="1987-1989 (b)(3): obtained or possessed the firearm solely for sport, "
        "recreation or collection.")
    prior_felony_conviction: bool = Field(
        False, description="1989-1991 (c)(1): at the time of the offense, had been convicted in "
        "any court of a crime punishable by imprisonment for a term exceeding one year (applies "
        "§2K2.1 if greater).")
    other_offense: OtherOffense | None = Field(
        None, description="1987-1989 (c)(1): the defendant used the firearm in committing or "
        "attempting another offense ([offense.firearms_2k2_2.other_offense], the keys of "
        "§2K2.1's).")

    @model_validator(mode="after")
    def _coherent(self) -> FormerFirearm2K2_2Facts:
        if len(set(self.convicted_under)) != len(self.convicted_under):
            raise ValueError("convicted_under names a statute twice")
        return self
