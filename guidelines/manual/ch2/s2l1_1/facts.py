"""The facts §2L1.1 reads (the case file's ``[offense.smuggling]``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2l2_1.facts import PRIORS_WORDS


class SmugglingFacts(Strict):
    """§2L1.1 (Smuggling, Transporting, or Harboring an Unlawful Alien), from Nov. 1, 1987
    (Nov. 1, 2006 - Oct. 31, 2007 with (b)(1) as printed). A fact the edition applied has no
    provision for is refused."""

    convicted_1327: Literal["alien_inadmissible_1182a3", "alien_deported_after_aggravated_felony"] \
        | None = Field(None, description="(a)(1)/(a)(2): convicted under 8 U.S.C. § 1327 of a "
                       "violation involving an alien \"alien_inadmissible_1182a3\" (inadmissible "
                       "under 8 U.S.C. § 1182(a)(3): 25) or \"alien_deported_after_aggravated_"
                       "felony\" (previously deported after a conviction for an aggravated "
                       "felony: 23); otherwise (a)(3), 12. Before May 1, 1997: 20 and 9 "
                       "(from Nov. 1, 1991, Amendment 375; the § 1182(a)(3) level from 2006); "
                       "before Nov. 1, 1991 (a) has one level and this is refused.")
    other_than_for_profit: bool = Field(
        False, description="(b)(1): the offense was committed other than for profit, or involved "
        "only the defendant's spouse or child (applies only with base level (a)(3); Nov. 1, "
        "2006 - Oct. 31, 2007 as printed, (a)(2), with a warning). Before May "
        "1, 1997 \"other than for profit\" alone (the spouse or child came with Amendment "
        "543); Nov. 1, 1987 - Jan. 14, 1988 the paragraph is an increase of 3 \"for profit\" "
        "(this false).")
    knew_alien_excludable_as_subversive: bool = Field(
        False, description="(b)(1), Nov. 1, 1987 - Oct. 31, 1990 (Amendment 335 struck it): "
        "the defendant knew that the alien was excludable under 8 U.S.C. §§ 1182(a)(27), (28), "
        "(29) (+3 in the original text; no decrease from Jan. 15, 1988); refused later.")
    smuggling_priors: list[str] = Field(
        default_factory=list, description="(b)(2), Nov. 1, 1987 - Oct. 31, 1992 (Amendment 450 "
        "replaced it): the priors of [[criminal_history.priors]] (ids or positions) that are "
        "convictions of smuggling, transporting, or harboring an unlawful alien, or a related "
        "offense (1987: of bringing illegal aliens into the United States), before the last "
        "overt act of the instant offense (comment. (n.4)); +2 for one or more; refused later.")
    previously_deported: bool = Field(
        False, description="(b)(3), Nov. 1, 1989 - Apr. 30, 1997 (Amendment 192; Amendment 543 "
        "replaced it): the defendant is an unlawful alien who has been deported (voluntarily "
        "or involuntarily) on one or more occasions prior to the instant offense (at least "
        "level 8); refused in other editions.")
    aliens: int = Field(0, ge=0, description="(b)(2): the number of unlawful aliens smuggled, "
                        "transported, or harbored (not counting the defendant); from Nov. 1, "
                        "1992 (Amendment 450; six or more refused before).")
    immigration_felony_priors: list[str] = Field(
        default_factory=list, description="(b)(3): " + PRIORS_WORDS)
    unaccompanied_minor: bool = Field(
        False, description="(b)(4): a minor unaccompanied by the minor's parent, adult relative, "
        "or legal guardian (Nov. 1, 2006 - Oct. 31, 2016: the defendant smuggled, transported, "
        "or harbored a minor unaccompanied by the minor's parent or grandparent), as the "
        "edition defines \"minor\" (under 18; before Nov. 1, 2016, under 16).")
    weapon: Literal["firearm_discharged", "brandished_or_otherwise_used", "possessed"] | None = \
        Field(None, description="(b)(5) (apply the greatest): \"firearm_discharged\", a dangerous "
              "weapon (including a firearm) \"brandished_or_otherwise_used\" or \"possessed\".")
    substantial_risk: bool = Field(
        False, description="(b)(6): intentionally or recklessly creating a substantial risk of "
        "death or serious bodily injury to another person (not where the only such conduct is "
        "what (b)(5) already counts, comment. (n.3)).")
    injury: Literal["bodily_injury", "serious_bodily_injury",
                    "permanent_or_life_threatening_bodily_injury", "death"] | None = Field(
        None, description="(b)(7): the most serious injury any person sustained.")
    involuntarily_detained: bool = Field(
        False, description="(b)(8)(A) ((b)(8) Nov. 1, 2006 - Oct. 31, 2009): an alien was involuntarily detained through coercion or "
        "threat, or in connection with a demand for payment, after being smuggled into, or while "
        "transported or harbored in, the United States.")
    harboring_for_prostitution: Literal["adult", "minor"] | None = Field(
        None, description="(b)(8)(B), Nov. 1, 2009 on: convicted of alien harboring for the "
        "purpose of prostitution (the §3B1.1 adjustment is read from [adjustments.role]); "
        "\"minor\" if the alien had not attained the age of 18 years.")
    convicted_1324a4: bool = Field(False, description="(b)(9): convicted under 8 U.S.C. "
                                   "§ 1324(a)(4).")
    killing_would_be_murder: bool = Field(
        False, description="(c), May 1, 1997 - Oct. 31, 2006: a person was killed under "
        "circumstances that would constitute murder under 18 U.S.C. § 1111 (then the murder "
        "guideline applies, its level given as homicide_offense_level).")
    homicide_offense_level: Annotated[int, Field(ge=1, le=43)] | None = Field(
        None, description="(c)(1), with injury = \"death\": the offense level under the "
        "appropriate homicide guideline of Chapter Two, Part A, Subpart 1, as determined (ussg "
        "does not compute those guidelines); applied if greater (from Nov. 1, 2006; before, "
        "the murder guideline's level, applied where killing_would_be_murder).")

    @model_validator(mode="after")
    def _consistent(self) -> SmugglingFacts:
        for name in ("homicide_offense_level", "killing_would_be_murder"):
            if getattr(self, name) not in (None, False) and self.injury != "death":
                raise ValueError(f"{name} is for the (c) cross reference: it needs injury = "
                                 f"\"death\"")
        return self
