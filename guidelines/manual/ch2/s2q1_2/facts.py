"""The facts §2Q1.2 (Mishandling of Hazardous or Toxic Substances or Pesticides; ...) reads:
the case file's ``[offense.hazardous_substances]``; §2Q1.3's ``[offense.environmental_pollutants]``
has the same keys but (b)(6) and (b)(7). A finding the edition in force does not read is
refused, naming it (the rules check; tables/hazardous_substances.toml)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict

#: the keys of (b)(1)-(4): the substantive offense's characteristics
SUBSTANTIVE = ("discharge", "death_or_injury_likely", "disruption_evacuation_or_cleanup",
               "permit_violation")


class PollutantFacts(Strict):
    """(b)(1)-(5), the paragraphs §2Q1.2 and §2Q1.3 share (all optional)."""

    discharge: Literal["ongoing_continuous_or_repetitive", "otherwise"] | None = Field(
        None, description="(b)(1): \"ongoing_continuous_or_repetitive\" ((A), +6: the offense "
        "resulted in an ongoing, continuous, or repetitive discharge, release, or emission "
        "into the environment) or \"otherwise\" ((B), +4: the offense otherwise involved a "
        "discharge, release, or emission).")
    death_or_injury_likely: bool = Field(
        False, description="(b)(2): the offense resulted in a substantial likelihood of death "
        "or serious bodily injury (§2Q1.2 +9, §2Q1.3 +11).")
    disruption_evacuation_or_cleanup: bool = Field(
        False, description="(b)(3), +4: the offense resulted in disruption of public "
        "utilities or evacuation of a community, or cleanup required a substantial "
        "expenditure (once, however many).")
    permit_violation: bool = Field(
        False, description="(b)(4), +4: §2Q1.2 transportation, treatment, storage, or "
        "disposal, §2Q1.3 a discharge, without a permit or in violation of a permit.")
    concealed_offense_level: Annotated[int, Field(ge=1, le=43)] | None = Field(
        None, description="(b)(5): a recordkeeping offense reflected an effort to conceal a "
        "substantive environmental offense: the offense level for the substantive offense, as "
        "determined (stated, not computed), used instead of the level above; its (b)(1)-(4) "
        "belong in that level and are not stated beside it.")

    def _check(self) -> None:
        if self.concealed_offense_level is not None:
            stated = [key for key in SUBSTANTIVE if getattr(self, key) not in (None, False)]
            if stated:
                raise ValueError(
                    f"concealed_offense_level ((b)(5): \"use the offense level for the "
                    f"substantive offense\") is the substantive offense's level; "
                    f"{', '.join(stated)} ((b)(1)-(4)) are part of it: state them in the "
                    f"substantive offense's level, not beside it")

    @model_validator(mode="after")
    def _consistent(self) -> PollutantFacts:
        self._check()
        return self


class HazardousSubstancesFacts(PollutantFacts):
    """§2Q1.2: (b)(1)-(7) (all optional)."""

    simple_recordkeeping_only: bool = Field(
        False, description="(b)(6), -2: the offense involved a simple recordkeeping or "
        "reporting violation only (comment. (n.2): the defendant neither knew nor had reason "
        "to believe that the recordkeeping offense would significantly increase the likelihood "
        "of any substantive environmental harm); not with (b)(1)-(5).")
    hazmat_conviction: bool = Field(
        False, description="(b)(7) from Nov. 1, 2004 (Amendment 672), +2: the defendant was "
        "convicted under 49 U.S.C. § 5124 or § 46312; an error before.")

    def _check(self) -> None:
        super()._check()
        if self.simple_recordkeeping_only:
            stated = [key for key in (*SUBSTANTIVE, "concealed_offense_level")
                      if getattr(self, key) not in (None, False)]
            if stated:
                raise ValueError(
                    f"simple_recordkeeping_only ((b)(6): \"a simple recordkeeping or reporting "
                    f"violation only\") cannot be found with {', '.join(stated)}")
