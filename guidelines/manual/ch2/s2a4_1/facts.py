"""The facts §2A4.1 (Kidnapping, Abduction, Unlawful Restraint) reads: the case file's
``[offense.kidnapping]`` (or, under §2A4.2(b)(1), ``[offense.ransom.participant_in_kidnapping]``).

Each key is a finding of the court in the words of a paragraph of §2A4.1(b) or (c); the
edition applied decides how many levels it is worth (tables/kidnapping.toml).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.offense_characteristics import BodilyInjury


class KidnappingFacts(Strict):
    """§2A4.1: the findings on the kidnapping, abduction or unlawful restraint (all optional:
    one with none of them is the base offense level, 24 before May 30, 2003, 32 from then)."""

    ransom_or_demand_upon_government: bool = Field(
        False, description="§2A4.1(b)(1), +6: a ransom demand or a demand upon government "
        "was made.")
    bodily_injury: BodilyInjury | None = Field(
        None, description="§2A4.1(b)(2), the degree of injury the victim sustained: "
        "\"permanent_or_life_threatening\" (A) +4, \"serious_bodily_injury\" (B) +2, "
        "\"between_serious_and_permanent\" (C) +3 (from Nov. 1, 1989, Amendment 96: refused "
        "before); \"bodily_injury\" or \"between_bodily_and_serious\": no increase, shown. "
        "From Nov. 1, 1997 (comment. (n.1)) \"serious bodily injury\" here means conduct "
        "other than criminal sexual abuse, which (b)(5) counts.")
    weapon_used: Literal["firearm", "dangerous_weapon"] | None = Field(
        None, description="§2A4.1(b)(3), +2: a dangerous weapon was used (comment. (n.2): a "
        "firearm discharged, or a firearm or dangerous weapon otherwise used): \"firearm\" "
        "or \"dangerous_weapon\" (another). A firearm is shown \"not applied\" when the case "
        "has a § 924(c) count (§2K2.4's note).")
    days_before_release: Annotated[int, Field(ge=0, le=999_999)] | None = Field(
        None, description="§2A4.1(b)(4): the whole days (periods of 24 hours) that had "
        "elapsed before the victim was released, as the court found them: 30 or more, (A) "
        "+2 (\"not released before thirty days had elapsed\"); 7 to 29, (B) +1; 0 (released "
        "before twenty-four hours had elapsed), (C) -1 until May 30, 2003 (Amendment 650; "
        "comment. (n.3): \"released\" includes allowing the victim to escape or turning him "
        "over to law enforcement authorities without resistance).")
    sexually_exploited: bool = Field(
        False, description="§2A4.1(b)(5): the victim was sexually exploited (comment.: "
        "includes offenses under 18 U.S.C. §§ 2241-2244, 2251, 2421-2423): +3 from Nov. 1, "
        "1991 (Amendment 363), +6 from May 30, 2003 (Amendment 650); refused before 1991.")
    minor_placed_for_consideration: bool = Field(
        False, description="§2A4.1(b)(6), +3 (from Nov. 1, 1991, Amendment 363; refused "
        "before): the victim is a minor and, in exchange for money or other consideration, "
        "was placed in the care or custody of another person who had no legal right to it.")
    other_offense_guideline: str | None = Field(
        None, description="§2A4.1(b)(7) (before Nov. 1, 1991 (b)(5), \"to facilitate the "
        "commission of another offense\"): the other offense's guideline: \"2D1.1\" "
        "(computed from this count's drug facts, [offense] drugs), another guideline ussg "
        "computes, its facts in its own table of this count (\"2A3.1\" with "
        "[offense.criminal_sexual_abuse]), or \"other\" (give other_offense_level).")
    other_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="other_offense_guideline = \"other\": the offense level from the "
        "guideline applicable to that other offense, as determined (§1B1.5: its base level, "
        "specific offense characteristics and cross references).")
    other_guideline_restraint: Literal["taken_into_account", "any_other_case"] | None = Field(
        None, description="§2A4.1(b)(7), required with other_offense_guideline from Nov. 1, "
        "1991 (refused before): \"taken_into_account\" for (A), the other offense's guideline "
        "\"includes an adjustment for kidnapping, abduction, or unlawful restraint, or "
        "otherwise takes such conduct into account\" (its level); \"any_other_case\" for "
        "(B), 4 plus its level, at most 43.")
    victim_murdered: bool = Field(
        False, description="§2A4.1(c)(1) (from Nov. 1, 1991, Amendment 363; refused before): "
        "the victim was killed under circumstances that would constitute murder under 18 "
        "U.S.C. § 1111: apply §2A1.1.")

    @model_validator(mode="after")
    def _coherent(self) -> KidnappingFacts:
        if self.other_offense_guideline == "other" and self.other_offense_level is None:
            raise ValueError("other_offense_guideline = \"other\" needs other_offense_level")
        if self.other_offense_guideline != "other" and self.other_offense_level is not None:
            raise ValueError("other_offense_level is for other_offense_guideline = \"other\"; "
                             "a computed guideline's level comes from the facts")
        if self.other_guideline_restraint is not None and self.other_offense_guideline is None:
            raise ValueError("other_guideline_restraint is said of the other offense's "
                             "guideline: give other_offense_guideline")
        return self
