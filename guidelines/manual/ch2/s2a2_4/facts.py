"""The facts §2A2.4 (Obstructing or Impeding Officers) reads: the case file's
``[offense.obstructing_officers]``."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a2_2.facts import AggravatedAssaultFacts


class ObstructingOfficersFacts(Strict):
    """§2A2.4: the findings on the offense (all optional: level 10, 6 before Nov. 1, 2004,
    without them)."""

    struck_beat_or_wounded: bool = Field(
        False, description="§2A2.4(b)(1) before Nov. 1, 1989 (Amendment 90 replaced it): "
        "\"the conduct involved striking, beating, or wounding\", +3; refused in a later "
        "edition.")
    physical_contact: bool = Field(
        False, description="§2A2.4(b)(1)(A) ((b)(1) before Nov. 1, 2004): the offense "
        "involved physical contact, +3 (from Nov. 1, 1989, Amendment 90; refused before).")
    dangerous_weapon_possessed_and_threatened: bool = Field(
        False, description="§2A2.4(b)(1)(B): a dangerous weapon (including a firearm) was "
        "possessed and its use was threatened, +3 once with physical_contact (from Nov. 1, "
        "1989, Amendment 90; refused before).")
    bodily_injury: bool = Field(
        False, description="§2A2.4(b)(2): the victim sustained bodily injury, +2 (from Nov. "
        "1, 2004, Amendment 663; refused before).")
    convicted_under_111: bool = Field(
        False, description="§2A2.4(c)(1) before Nov. 1, 1992 (Amendment 443 struck it): the "
        "defendant is convicted under 18 U.S.C. § 111, which the cross reference then "
        "required; refused in a later edition.")
    aggravated_assault: AggravatedAssaultFacts | None = Field(
        None, description="§2A2.4(c)(1): the conduct constituted aggravated assault; the "
        "§2A2.2 findings (its keys as in [offense.aggravated_assault]): §2A2.2 is applied.")
