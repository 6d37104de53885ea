"""The facts §2Q1.5 (Threatened Tampering with Public Water System, Nov. 1, 1987 - Oct. 31,
2003) reads: the case file's ``[offense.threatened_water_tampering]``."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2b3_2.facts import ExtortionFacts


class ThreatenedWaterTamperingFacts(Strict):
    """§2Q1.5: the findings (all optional)."""

    disruption_or_expenditure: bool = Field(
        False, description="(b)(1), +4: the threat or attempt resulted in disruption of a "
        "public water system or evacuation of a community or a substantial public "
        "expenditure.")
    purpose_influence_government_or_extort: bool = Field(
        False, description="(b)(2) before Nov. 1, 1989, +8: the purpose of the offense was to "
        "influence government action or to extort money; an error from then (Amendment 207 "
        "made it the cross reference (c)(1): give extortion).")
    extortion: ExtortionFacts | None = Field(
        None, description="(c)(1) from Nov. 1, 1989 (Amendment 207): the purpose of the "
        "offense was to influence government action or to extort money: \"apply §2B3.2\" (its "
        "level replaces this one): the §2B3.2 findings ([offense.extortion]'s keys; an empty "
        "table for none); an error before.")
