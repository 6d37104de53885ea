"""The facts §2Q1.6 (Hazardous or Injurious Devices on Federal Lands) reads: the case file's
``[offense.federal_lands_devices]`` (all optional: (a)(4)'s 6 without them)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.nested_facts import import_all

import_all()  # §2B1.1's and §2B1.3's facts nest each other's (and §2K1.4's): built together

from ussg.guidelines.manual.ch2.s2a2_2.facts import AggravatedAssaultFacts  # noqa: E402
from ussg.guidelines.manual.ch2.s2b1_1.facts import TheftFraudFacts  # noqa: E402
from ussg.guidelines.manual.ch2.s2b1_3.facts import PropertyDamageFacts  # noqa: E402


class FederalLandsDevicesFacts(Strict):
    """§2Q1.6(a) "(Apply the greatest)": the findings of (1)-(3) the case makes."""

    intent_controlled_substances_act: bool = Field(
        False, description="(a)(1): the intent was to violate the Controlled Substances Act: "
        "§2D1.9's level (computed).")
    timber_property_damage: PropertyDamageFacts | None = Field(
        None, description="(a)(2) before Nov. 1, 2001: the intent was to obstruct the "
        "harvesting of timber, and property destruction resulted: the §2B1.3 findings "
        "([offense.property_damage]'s keys); an error from then (give timber_theft_fraud).")
    timber_theft_fraud: TheftFraudFacts | None = Field(
        None, description="(a)(2) from Nov. 1, 2001 (Amendment 617): the intent was to "
        "obstruct the harvesting of timber, and property destruction resulted: the §2B1.1 "
        "findings ([offense.theft_fraud]'s keys); an error before (give "
        "timber_property_damage).")
    reckless_endangerment: AggravatedAssaultFacts | None = Field(
        None, description="(a)(3): reckless disregard to the risk that another person would be "
        "placed in danger of death or serious bodily injury under circumstances manifesting "
        "extreme indifference to such risk: the §2A2.2 findings ([offense.aggravated_assault]'s "
        "keys; an empty table for none), its offense level.")
