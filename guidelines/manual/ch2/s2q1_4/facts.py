"""The facts §2Q1.4 (Tampering or Attempted Tampering with a Public Water System; Threatening
to Tamper with a Public Water System) reads: the case file's ``[offense.public_water_system]``.
A finding the edition in force does not read is refused, naming it (the rules check;
tables/public_water_system.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a2_1.facts import AttemptedMurderFacts
from ussg.guidelines.manual.ch2.s2b3_2.facts import ExtortionFacts


class PublicWaterSystemFacts(Strict):
    """§2Q1.4: the findings (all optional)."""

    conduct: Literal["tampering_or_attempt", "threat_with_intent_conduct",
                     "threat_without_intent_conduct"] = Field(
        "tampering_or_attempt", description="(a) from Nov. 1, 2003 (Amendment 655), \"(Apply "
        "the greatest)\": \"tampering_or_attempt\" ((a)(1), 26), \"threat_with_intent_conduct\" "
        "((a)(2), 22: a threat to tamper and any conduct evidencing an intent to carry it out) "
        "or \"threat_without_intent_conduct\" ((a)(3), 16). Before then (a) is 18 for tampering "
        "or an attempt, and a threat is §2Q1.5's (an error here).")
    risk_of_death_or_serious_injury: bool = Field(
        False, description="(b)(1) before Nov. 1, 2003, +6: a risk of death or serious (from "
        "Nov. 1, 1989, Amendment 206: bodily) injury was created; an error from 2003 (Amendment "
        "655 deleted it).")
    injury: Literal["permanent_or_life_threatening", "serious", "between"] | None = Field(
        None, description="(b)(1) from Nov. 1, 2003: any victim sustained (A) permanent or "
        "life-threatening bodily injury, +4, (B) serious bodily injury, +2, or (C) a degree "
        "between, +3; an error before.")
    disruption_or_cleanup: bool = Field(
        False, description="(b)(2), +4: before Nov. 1, 2003 the offense resulted in disruption "
        "of a public water system or evacuation of a community, or cleanup required a "
        "substantial expenditure; from then (A) a substantial disruption of public, "
        "governmental, or business functions or services or (B) a substantial expenditure of "
        "funds to clean up, decontaminate, or otherwise respond to the offense.")
    ongoing_release: bool = Field(
        False, description="(b)(3), +2: an ongoing, continuous, or repetitive release of a "
        "contaminant into a public water system, or the offense lasted for a substantial period "
        "of time.")
    purpose_influence_government_or_extort: bool = Field(
        False, description="(b)(4) before Nov. 1, 2003, +6: the purpose of the offense was to "
        "influence government action or to extort money; an error from 2003 (give extortion).")
    death: Literal["intentional_or_knowing", "other"] | None = Field(
        None, description="(c)(1) from Nov. 1, 2003: the offense resulted in death: "
        "\"intentional_or_knowing\" (§2A1.1) or \"other\" (§2A1.2), computed through the "
        "registry, applied if greater; an error before.")
    attempted_murder: AttemptedMurderFacts | None = Field(
        None, description="(c)(2) from Nov. 1, 2003: the offense was tantamount to attempted "
        "murder: the §2A2.1 findings ([offense.attempted_murder]'s keys; an empty table for "
        "none), computed through the registry, applied if greater; an error before.")
    extortion: ExtortionFacts | None = Field(
        None, description="(c)(3) from Nov. 1, 2003: the offense involved extortion: the "
        "§2B3.2 findings ([offense.extortion]'s keys; an empty table for none), computed "
        "through the registry, applied if greater; an error before.")
