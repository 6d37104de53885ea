"""The facts §2B2.3 (Trespass) reads: the case file's ``[offense.trespass]``. A finding the
edition in force does not read is refused, naming it (the rules check; tables/trespass.toml)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2b2_3.table_schemas import Location


class IntendedFelony(Strict):
    """(c)(1): the felony offense the trespass was committed with the intent to commit."""

    guideline: str = Field(description="The felony's guideline: \"2D1.1\" (computed from this "
        "count's drug facts, [offense] drugs), another guideline ussg computes without a facts "
        "table of its own, or \"other\" (give offense_level).")
    offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="guideline = \"other\": the offense level §2X1.1 gives in respect to "
        "the felony, as the court determined it.")
    inchoate: str | None = Field(None, description="How §2X1.1 takes the felony: \"attempt\", "
        "\"conspiracy\" or \"solicitation\" (§2X1.1(b)); leave out if it was completed.")
    all_acts_completed: bool = Field(False, description="§2X1.1(b): the acts believed "
        "necessary for the felony were completed (or about to be, but for apprehension or "
        "interruption).")
    solicitation_treated_identically: bool = Field(False, description="§2X1.1(b)(3)(B): the "
        "statute treats solicitation of the offense identically with the offense.")

    @model_validator(mode="after")
    def _coherent(self) -> IntendedFelony:
        if (self.guideline == "other") != (self.offense_level is not None):
            raise ValueError("offense_level goes with guideline = \"other\", and only with it")
        if self.inchoate not in (None, "attempt", "conspiracy", "solicitation"):
            raise ValueError("inchoate: \"attempt\", \"conspiracy\" or \"solicitation\"")
        if self.inchoate is None and (self.all_acts_completed
                                      or self.solicitation_treated_identically):
            raise ValueError("all_acts_completed and solicitation_treated_identically are "
                             "§2X1.1(b) facts of an attempt, conspiracy or solicitation: give "
                             "inchoate")
        if self.solicitation_treated_identically and self.inchoate != "solicitation":
            raise ValueError("solicitation_treated_identically is for inchoate = "
                             "\"solicitation\"")
        return self


class TrespassFacts(Strict):
    """§2B2.3: the findings (all optional)."""

    locations: list[Location] = Field(
        default_factory=list, description="(b)(1): where the trespass occurred, in the "
        "edition's words: \"secure_government_facility\", \"nuclear_energy_facility\", "
        "\"residence\" (every edition); from Nov. 1, 2002 (Amendment 637) "
        "\"vessel_or_aircraft_of_the_united_states\", \"secure_area_of_airport\"; from Nov. 1, "
        "2003 (654) \"critical_infrastructure_computer\", \"government_entity_computer\"; from "
        "Nov. 1, 2007 (699, 703) \"secure_area_of_seaport\", \"national_cemetery\"; from Nov. 1, "
        "2013 (777) \"restricted_building_or_grounds\" and, +4, "
        "\"white_house_or_vice_president_residence\". +2 once (from 2013 the greater); a "
        "location the edition does not list is an error.")
    dangerous_weapon_possessed: bool = Field(
        False, description="(b)(2), +2: a dangerous weapon (including a firearm; before Nov. "
        "1, 1989 \"a firearm or other dangerous weapon\") was possessed.")
    protected_computer_loss: Money | None = Field(
        None, description="(b)(3) from Nov. 1, 1997 (Amendment 551; an error before): the "
        "offense involved invasion of a protected computer, and the loss resulting from it, in "
        "dollars: until Oct. 31, 2001 over $2,000 the levels of §2F1.1's loss table; from Nov. "
        "1, 2001 1 level over $2,000 up to $5,000 and §2B1.1's table above it (from Nov. 1, "
        "2015 $2,500 and $6,500); each table as in force on the same date.")
    intended_felony: IntendedFelony | None = Field(
        None, description="(c)(1) from Nov. 1, 2002 (Amendment 637; an error before): the "
        "offense was committed with the intent to commit a felony offense: §2X1.1 in respect "
        "to it, applied if greater ([offense.trespass.intended_felony]).")
