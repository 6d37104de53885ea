"""The facts §2A5.2 (Interference with Flight Crew Member or Flight Attendant; ...) reads: the
case file's ``[offense.flight_crew]``."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict

#: What (a)(1) and (a)(2) say was endangered, by edition: "the aircraft and passengers"
#: (before Nov. 1, 2002); "(A) an airport or an aircraft; or (B) a mass transportation
#: facility, a mass transportation vehicle, or a ferry" (Amendment 637; "or a ferry" struck by
#: Amendment 699, Nov. 1, 2007).
SafetyOf = Literal["aircraft_and_passengers", "airport_or_aircraft",
                   "mass_transportation_facility_or_vehicle", "ferry"]


class FlightCrewFacts(Strict):
    """§2A5.2: the findings on the offense (all optional: (a)(4), 9, without them)."""

    endangered: Literal["intentionally", "recklessly"] | None = Field(
        None, description="§2A5.2(a)(1) (30) or (a)(2) (18): the offense involved "
        "intentionally or recklessly endangering the safety of what endangered_safety_of "
        "names (before Nov. 1, 1993, Amendment 480: \"the defendant intentionally [recklessly] "
        "endangered\").")
    endangered_safety_of: SafetyOf | None = Field(
        None, description="With endangered: \"aircraft_and_passengers\" (before Nov. 1, "
        "2002); \"airport_or_aircraft\" ((A)) or \"mass_transportation_facility_or_vehicle\" "
        "((B)) from Nov. 1, 2002 (Amendment 637); \"ferry\" Nov. 1, 2002 - Oct. 31, 2007 "
        "(struck by Amendment 699). A word the edition does not use is refused.")
    assault_guideline: Literal["2A2.1", "2A2.2", "2A2.3", "2A2.4"] | None = Field(
        None, description="§2A5.2(a)(3): an assault occurred: the most analogous assault "
        "guideline, computed from its facts table in this count (\"2A2.2\" with "
        "[offense.aggravated_assault], \"2A2.3\" with [offense.assault], \"2A2.4\" with "
        "[offense.obstructing_officers], \"2A2.1\" with [offense.attempted_murder]); its "
        "level is (a)(3)'s.")
    weapon: Literal["firearm_discharged", "dangerous_weapon_otherwise_used",
                    "dangerous_weapon_brandished_or_threatened"] | None = Field(
        None, description="§2A5.2(b)(1) (from Nov. 1, 2002, Amendment 637; refused before): "
        "with (a)(1) or (a)(2) applied, (i) +5, (ii) +4, (iii) +3, and at least level 24.")
    homicide_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2A5.2(c)(1) (from Nov. 1, 2002; refused before): death "
        "resulted: the offense level under the most analogous guideline from Chapter Two, "
        "Part A, Subpart 1 (Homicide), as determined; applied if greater.")
    wmd_guideline: Literal["2M6.1"] | None = Field(
        None, description="§2A5.2(c)(2) (from Nov. 1, 2002; refused before): the offense "
        "involved possession of, or a threat to use, a nuclear, chemical or biological weapon "
        "or agent or a weapon of mass destruction: §2M6.1, computed from "
        "[offense.weapons_of_mass_destruction] in this count (\"2M6.1\"); applied if "
        "greater. Or leave it out and give wmd_offense_level.")
    wmd_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2A5.2(c)(2) (from Nov. 1, 2002; refused before), the alternative "
        "to wmd_guideline = \"2M6.1\" (not with it): the offense level under §2M6.1, as "
        "determined (its level is that of a case with guideline = \"2M6.1\"); applied if "
        "greater.")

    @model_validator(mode="after")
    def _endangered_and_what(self) -> FlightCrewFacts:
        if (self.endangered is None) != (self.endangered_safety_of is None):
            raise ValueError("endangered and endangered_safety_of go together (§2A5.2(a)(1), "
                             "(a)(2): intentionally or recklessly endangering the safety of "
                             "what the edition names)")
        if self.wmd_guideline is not None and self.wmd_offense_level is not None:
            raise ValueError("wmd_offense_level is §2M6.1's level as determined, "
                             "wmd_guideline = \"2M6.1\" computes it from "
                             "[offense.weapons_of_mass_destruction]: give one of them")
        return self
