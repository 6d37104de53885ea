"""The facts §2A2.3 (Assault) reads: the case file's ``[offense.assault]``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a2_2.facts import AggravatedAssaultFacts


class AssaultFacts(Strict):
    """§2A2.3: the findings on the assault (all optional: level 4 without them)."""

    physical_contact: bool = Field(
        False, description="§2A2.3(a)(1): the offense involved physical contact.")
    dangerous_weapon_possessed_and_threatened: bool = Field(
        False, description="§2A2.3(a)(1): a dangerous weapon (including a firearm) was "
        "possessed and its use was threatened.")
    bodily_injury: bool = Field(
        False, description="§2A2.3(b)(1)(A): the victim sustained bodily injury.")
    substantial_bodily_injury_to: Literal["spouse_intimate_or_dating_partner",
                                          "under_sixteen"] | None = Field(
        None, description="§2A2.3(b)(1)(B): the offense resulted in substantial bodily injury "
        "to \"spouse_intimate_or_dating_partner\" (from Nov. 1, 2014, Amendment 781) or "
        "\"under_sixteen\" (an individual under the age of sixteen years).")
    aggravated_assault: AggravatedAssaultFacts | None = Field(
        None, description="§2A2.3(c)(1): the conduct constituted aggravated assault; the "
        "§2A2.2 findings (its keys as in [offense.aggravated_assault]): §2A2.2 is applied.")
