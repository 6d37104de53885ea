"""The case file's ``[offense.material_support]``: the facts §2M5.3 (Providing Material Support
or Resources to Designated Foreign Terrorist Organizations or Specially Designated Global
Terrorists, or For a Terrorist Purpose) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict

Provided = Literal["dangerous_weapons", "firearms", "explosives", "funds_to_purchase_weapons",
                   "support_for_violent_act"]


class MaterialSupportFacts(Strict):
    """§2M5.3, from Nov. 1, 2002: (b)(1) what was provided, (c)(1)-(3) the cross references."""

    provided: list[Provided] = Field(
        default_factory=list, description="§2M5.3(b)(1), +2: the offense involved the "
        "provision of (A) \"dangerous_weapons\", (B) \"firearms\", (C) \"explosives\", (D) "
        "\"funds_to_purchase_weapons\" (funds with knowledge or reason to believe, from Nov. 1, "
        "2003 also with the intent, that they would be used to purchase (A)-(C)), or, from Nov. "
        "1, 2003 (Amendment 655), (E) \"support_for_violent_act\" (funds or other material "
        "support or resources with the intent, knowledge, or reason to believe they are to be "
        "used to commit or assist in the commission of a violent act). What the edition does "
        "not name is shown \"not applied\".")
    death_resulted: Literal["intentional_or_knowing", "otherwise"] | None = Field(
        None, description="§2M5.3(c)(1): the offense resulted in death, caused intentionally or "
        "knowingly (§2A1.1) or \"otherwise\" (§2A1.2); computed, applied if greater.")
    attempted_murder_guideline: Literal["2A2.1", "other"] | None = Field(
        None, description="§2M5.3(c)(2): the offense was tantamount to attempted murder: "
        "§2A2.1, computed from [offense.attempted_murder] in this count (\"2A2.1\"), or "
        "\"other\" (give attempted_murder_offense_level); applied if greater.")
    attempted_murder_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="attempted_murder_guideline = \"other\": the offense level under "
        "§2A2.1, as determined.")
    mass_destruction_guideline: Literal["2M6.1"] | None = Field(
        None, description="§2M5.3(c)(3): the offense involved the provision of a nuclear "
        "weapon, nuclear material, or nuclear byproduct material, a chemical weapon, a "
        "biological agent, toxin, or delivery system, or a weapon of mass destruction: "
        "§2M6.1, computed from [offense.weapons_of_mass_destruction] in this count "
        "(\"2M6.1\"); applied if greater. Or leave it out and give "
        "mass_destruction_offense_level.")
    mass_destruction_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2M5.3(c)(3), the alternative to mass_destruction_guideline = "
        "\"2M6.1\" (not with it): the offense level under §2M6.1, as determined (its level "
        "is that of a case with guideline = \"2M6.1\"); applied if greater.")

    @model_validator(mode="after")
    def _check(self) -> MaterialSupportFacts:
        if (self.attempted_murder_guideline == "other") != (
                self.attempted_murder_offense_level is not None):
            raise ValueError("attempted_murder_offense_level goes with attempted_murder_guideline "
                             "= \"other\", and only with it")
        if self.mass_destruction_guideline is not None and \
                self.mass_destruction_offense_level is not None:
            raise ValueError("mass_destruction_offense_level is §2M6.1's level as determined, "
                             "mass_destruction_guideline = \"2M6.1\" computes it from "
                             "[offense.weapons_of_mass_destruction]: give one of them")
        if len(set(self.provided)) != len(self.provided):
            raise ValueError("provided names an item twice")
        return self
