"""The case file's ``[offense.weapons_of_mass_destruction]``: the facts §2M6.1 (Unlawful
Activity Involving Nuclear Material, Weapons, or Facilities, Biological Agents, Toxins, or
Delivery Systems, Chemical Weapons, or Other Weapons of Mass Destruction; Attempt or
Conspiracy) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict

Intent = Literal["injure_united_states", "aid_foreign_nation",
                 "aid_foreign_terrorist_organization"]


class WeaponsOfMassDestructionFacts(Strict):
    """§2M6.1: before Nov. 1, 2001 (a) 30 and (b)(1)'s intent; from then (a)(1)-(4), (b)(1)-(3)
    and the cross references (c)(1)-(2). Every key optional (an empty table is (a)(2), 28; 30
    before Nov. 1, 2001)."""

    intent: list[Intent] = Field(
        default_factory=list, description="The offense was committed with intent to "
        "\"injure_united_states\", to \"aid_foreign_nation\" or, from Nov. 1, 2001, to "
        "\"aid_foreign_terrorist_organization\": (a)(1), 42, from Nov. 1, 2001 (Amendment "
        "633); before, (b)(1), +12 (a foreign terrorist organization shown \"not applied\").")
    conviction: Literal["175b", "175(b)"] | None = Field(
        None, description="From Nov. 1, 2002 (Amendment 637; an error before): the defendant "
        "is convicted under 18 U.S.C. § 175b (\"175b\", (a)(3), 22) or § 175(b) (\"175(b)\", "
        "(a)(4)(A), 20; (a)(4) before Nov. 1, 2003).")
    threat_without_intent_or_ability: bool = Field(
        False, description="From Nov. 1, 2001 (an error before): the offense involved a threat "
        "to use a nuclear weapon, nuclear material, or nuclear byproduct material, a chemical "
        "weapon, a biological agent, toxin, or delivery system, or a weapon of mass "
        "destruction, but did not involve any conduct evidencing an intent or ability to carry "
        "out the threat (comment. (n.2): not where the weapon, agent or material was also "
        "possessed): 20 ((a)(3) 2001-2002, (a)(5) 2002-2003, (a)(4)(B) from Nov. 1, 2003).")
    dangerous_agent: Literal["select_biological_agent", "listed_precursor_or_toxic_chemical",
                             "nuclear_material", "weapon_containing_them"] | None = Field(
        None, description="§2M6.1(b)(1), +2, from Nov. 1, 2001 (an error before): the offense "
        "involved a threat to use, or otherwise involved (i) a select biological agent, (ii) a "
        "listed precursor or a listed toxic chemical, (iii) nuclear material or nuclear "
        "byproduct material, or (iv) a weapon of mass destruction that contains any of them; "
        "applied only with the base levels the edition's (b)(1)(A) names.")
    victim_injury: Literal["died_or_permanent", "between", "serious"] | None = Field(
        None, description="§2M6.1(b)(2), from Nov. 1, 2001 (an error before): any victim "
        "\"died_or_permanent\" (died or sustained permanent or life-threatening bodily injury, "
        "+4), \"serious\" (serious bodily injury, +2), or \"between\" (+3); applied only with "
        "the base levels the edition's (b)(2)(A) names.")
    disruption_or_response_expenditure: bool = Field(
        False, description="§2M6.1(b)(3), +4, from Nov. 1, 2001 (an error before): the "
        "offense resulted in substantial disruption of public, governmental, or business "
        "functions or services, or a substantial expenditure of funds to clean up, "
        "decontaminate, or otherwise respond to the offense; applied only with the base "
        "levels the edition's (b)(3)(A) names.")
    death_resulted: Literal["intentional_or_knowing", "otherwise"] | None = Field(
        None, description="§2M6.1(c)(1), from Nov. 1, 2001 (an error before): the offense "
        "resulted in death, caused intentionally or knowingly (§2A1.1) or \"otherwise\" "
        "(§2A1.2); computed, applied if greater.")
    attempted_murder_guideline: Literal["2A2.1", "other"] | None = Field(
        None, description="§2M6.1(c)(2), from Nov. 1, 2001 (an error before): the offense was "
        "tantamount to attempted murder: §2A2.1, computed from [offense.attempted_murder] in "
        "this count (\"2A2.1\"), or \"other\" (give attempted_murder_offense_level); applied "
        "if greater.")
    attempted_murder_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="attempted_murder_guideline = \"other\": the offense level under "
        "§2A2.1, as determined.")

    @model_validator(mode="after")
    def _check(self) -> WeaponsOfMassDestructionFacts:
        if (self.attempted_murder_guideline == "other") != (
                self.attempted_murder_offense_level is not None):
            raise ValueError("attempted_murder_offense_level goes with attempted_murder_guideline "
                             "= \"other\", and only with it")
        if len(set(self.intent)) != len(self.intent):
            raise ValueError("intent names an item twice")
        return self
