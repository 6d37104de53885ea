"""The facts §2A2.3 (Assault) reads: the case file's ``[offense.assault]``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a2_2.facts import AggravatedAssaultFacts


class AssaultFacts(Strict):
    """§2A2.3: the findings on the assault (all optional: level 4 without them)."""

    struck_beat_or_wounded: bool = Field(
        False, description="§2A2.3(a)(1) before Nov. 1, 1989 (Amendment 87 replaced it): "
        "\"the conduct involved striking, beating, or wounding\" (\"conduct sufficient to "
        "violate 18 U.S.C. § 113(d)\", comment. (n.2)); refused in a later edition.")
    physical_contact: bool = Field(
        False, description="§2A2.3(a)(1): the offense involved physical contact (from Nov. 1, "
        "1989, Amendment 87; refused before).")
    dangerous_weapon_possessed_and_threatened: bool = Field(
        False, description="§2A2.3(a)(1): a dangerous weapon (including a firearm) was "
        "possessed and its use was threatened (from Nov. 1, 1989, Amendment 87; refused "
        "before).")
    bodily_injury: bool = Field(
        False, description="§2A2.3(b)(1)(A): the victim sustained bodily injury (from Nov. 1, "
        "2004, Amendment 663; refused before).")
    substantial_bodily_injury_to: Literal["spouse_intimate_or_dating_partner",
                                          "under_sixteen"] | None = Field(
        None, description="§2A2.3(b)(1)(B): the offense resulted in substantial bodily injury "
        "to \"spouse_intimate_or_dating_partner\" (from Nov. 1, 2014, Amendment 781) or "
        "\"under_sixteen\" (an individual under the age of sixteen years; from Nov. 1, 1995, "
        "Amendment 510, then (b)(1); refused before).")
    aggravated_assault: AggravatedAssaultFacts | None = Field(
        None, description="§2A2.3(c)(1): the conduct constituted aggravated assault; the "
        "§2A2.2 findings (its keys as in [offense.aggravated_assault]): §2A2.2 is applied (from "
        "Nov. 1, 2004, Amendment 663; refused before: state guideline \"2A2.2\" instead).")
