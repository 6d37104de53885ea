"""The case file's ``[offense.arson]``: the facts §2K1.4 (Arson; Property Damage by Use of
Explosives) reads, by edition. A fact the edition in force does not have is refused, naming
it (the rules check; tables/arson.toml)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a1_4.facts import InvoluntaryManslaughterFacts
from ussg.guidelines.manual.ch2.s2a2_1.facts import AttemptedMurderFacts
from ussg.guidelines.manual.ch2.s2a2_2.facts import AggravatedAssaultFacts
from ussg.guidelines.manual.ch2.s2a2_3.facts import AssaultFacts
from ussg.guidelines.manual.ch2.s2b1_1.facts import TheftFraudFacts
from ussg.guidelines.manual.ch2.s2b1_3.facts import PropertyDamageFacts
from ussg.guidelines.manual.ch2.s2f1_1.facts import FraudDeceitFacts

Property = Literal[
    "dwelling", "other_structure", "airport", "aircraft", "mass_transportation_facility",
    "mass_transportation_vehicle", "ferry", "maritime_facility", "vessel", "vessels_cargo",
    "public_transportation_system", "state_or_government_facility", "infrastructure_facility",
    "place_of_public_use"]

PartA = Literal["2A1.1", "2A1.2", "2A1.3", "2A1.4", "2A2.1", "2A2.2", "2A2.3", "other"]

#: the nested facts table each computed Part A guideline with facts of its own reads
PART_A_FACTS = {"2A1.4": "involuntary_manslaughter", "2A2.1": "attempted_murder",
                "2A2.2": "aggravated_assault", "2A2.3": "assault"}

PROPERTY_WORDS = (
    "\"dwelling\", \"other_structure\" (a structure other than those (a)(1)(B) names), "
    "\"airport\", \"aircraft\", \"mass_transportation_facility\", "
    "\"mass_transportation_vehicle\", \"ferry\" (Nov. 1, 2002 - Oct. 31, 2007), "
    "\"maritime_facility\", \"vessel\", \"vessels_cargo\" (from Nov. 1, 2007), "
    "\"public_transportation_system\", \"state_or_government_facility\", "
    "\"infrastructure_facility\", \"place_of_public_use\" (from Nov. 1, 2003); a word the "
    "edition's paragraph does not name is refused")


class ArsonFacts(Strict):
    """§2K1.4 (Arson; Property Damage by Use of Explosives)."""

    # -- Nov. 1, 1990 on: (a) apply the greatest --------------------------------------------
    substantial_risk: Literal["created_knowingly", "created"] | None = Field(
        None, description="From Nov. 1, 1990: the offense created a substantial risk of death "
        "or serious bodily injury to any person other than a participant: \"created_knowingly\" "
        "((a)(1)(A), 24: \"that risk was created knowingly\") or \"created\" ((a)(2)(A), 20). "
        "An error before (use knowingly_created_risk ... of 1987-1990).")
    destroyed: Property | None = Field(
        None, description="From Nov. 1, 1990: the offense involved the destruction or attempted "
        "destruction of: (a)(1)(B), 24, or \"other_structure\" (a)(2)(B), 20. " + PROPERTY_WORDS
        + ".")
    endangered: Property | None = Field(
        None, description="From Nov. 1, 1990, (a)(2)(C), 20: the offense endangered: "
        + PROPERTY_WORDS + ".")
    aids_to_maritime_navigation: bool = Field(
        False, description="(a)(3), from Nov. 1, 2007 (Amendment 700), 16: the offense "
        "involved the destruction of or tampering with aids to maritime navigation.")
    scheme_to_defraud: FraudDeceitFacts | None = Field(
        None, description="(a)(3), Nov. 1, 1990 - Oct. 31, 2001: the offense was committed in "
        "connection with a scheme to defraud: 2 plus the offense level from §2F1.1, computed "
        "from these §2F1.1 facts ([offense.arson.scheme_to_defraud], the keys of "
        "[offense.fraud_deceit]).")
    property_damage: PropertyDamageFacts | None = Field(
        None, description="Nov. 1, 1987 - Oct. 31, 2001, required then: the §2B1.3 facts "
        "(the keys of [offense.property_damage], without its (c)(1) back to §2K1.4): 1990-2001 "
        "(a)(4) \"2 plus the offense level from §2B1.3\"; 1987-1990 (c)(2) \"Apply §2B1.3 ... "
        "if the resulting offense level is greater\".")
    theft_fraud: TheftFraudFacts | None = Field(
        None, description="From Nov. 1, 2001, required then: the §2B1.1 facts (the keys of "
        "[offense.theft_fraud], without its cross reference to §2K1.4) for \"2 plus the "
        "offense level from §2B1.1\" ((a)(3) 2001-2007, (a)(4) from Nov. 1, 2007).")
    concealed_another_offense: bool = Field(
        False, description="(b)(1), from Nov. 1, 1990: the offense was committed to conceal "
        "another offense (+2).")
    national_cemetery: bool = Field(
        False, description="(b)(2), from Nov. 1, 1998 (Amendment 576): the offense occurred on "
        "a national cemetery (+2, unless the base offense level is determined under the "
        "\"2 plus\" subdivision the edition names: (a)(4) 1998-2001 and from 2007, (a)(3) "
        "2001-2007).")
    death_resulted: bool = Field(
        False, description="(c)(1), from Nov. 1, 1990: death resulted (give part_a_guideline).")
    intended_death_or_serious_bodily_injury: bool = Field(
        False, description="(c)(1), from Nov. 1, 1990: the offense was intended to cause death "
        "or serious bodily injury (give part_a_guideline).")
    # -- Nov. 1, 1987 - Oct. 31, 1990: base 6, (b)(1)-(6) the greatest ------------------------
    knowingly_created_risk: bool = Field(
        False, description="(b)(1), 1987-1990: the defendant knowingly created a substantial "
        "risk of death or serious bodily injury (+18).")
    recklessly_endangered: bool = Field(
        False, description="(b)(2), 1987-1990: the defendant recklessly endangered the safety "
        "of another (+14).")
    residence_destroyed: bool = Field(
        False, description="(b)(3), 1987-1990: the offense involved destruction or attempted "
        "destruction of a residence (+12).")
    fire_or_explosive_in_felony: bool = Field(
        False, description="(b)(4), 1987-1990: the defendant used fire or an explosive to "
        "commit, or carried explosives during, a federal felony (convicted under 18 U.S.C. § "
        "844(h)) (+7); from Nov. 1, 1989 ((d)(1)) only for an offense committed before Nov. "
        "18, 1988 (give offense_date).")
    endangered_another: bool = Field(
        False, description="(b)(5), 1987-1990: the defendant endangered the safety of another "
        "person (+4).")
    destructive_device_used: bool = Field(
        False, description="(b)(6), 1987-1990: a destructive device was used (+2).")
    defendant_caused_death: bool = Field(
        False, description="(c)(1), 1987-1990: the defendant caused death (give "
        "part_a_guideline).")
    intended_bodily_injury: bool = Field(
        False, description="(c)(1), 1987-1990: the defendant intended to cause bodily injury "
        "(give part_a_guideline).")
    # -- (c)(1): the most analogous guideline from Chapter Two, Part A -----------------------
    part_a_guideline: PartA | None = Field(
        None, description="(c)(1): the most analogous guideline from Chapter Two, Part A, as "
        "the court finds it: \"2A1.1\", \"2A1.2\", \"2A1.3\" (computed), \"2A1.4\", \"2A2.1\", "
        "\"2A2.2\", \"2A2.3\" (computed from the nested table of its facts: "
        "involuntary_manslaughter, attempted_murder, aggravated_assault, assault), or "
        "\"other\" (give part_a_offense_level); applied if its level is greater.")
    part_a_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="part_a_guideline = \"other\": that guideline's offense level, as "
        "determined.")
    involuntary_manslaughter: InvoluntaryManslaughterFacts | None = Field(
        None, description="part_a_guideline = \"2A1.4\": its facts.")
    attempted_murder: AttemptedMurderFacts | None = Field(
        None, description="part_a_guideline = \"2A2.1\": its facts.")
    aggravated_assault: AggravatedAssaultFacts | None = Field(
        None, description="part_a_guideline = \"2A2.2\": its facts.")
    assault: AssaultFacts | None = Field(
        None, description="part_a_guideline = \"2A2.3\": its facts.")

    @model_validator(mode="after")
    def _check(self) -> ArsonFacts:
        ground = (self.death_resulted or self.intended_death_or_serious_bodily_injury
                  or self.defendant_caused_death or self.intended_bodily_injury)
        if ground and self.part_a_guideline is None:
            raise ValueError("(c)(1) applies the most analogous guideline from Chapter Two, "
                             "Part A: give part_a_guideline")
        if self.part_a_guideline is not None and not ground:
            raise ValueError("part_a_guideline is for (c)(1): give the finding that applies it "
                             "(death_resulted, intended_death_or_serious_bodily_injury; "
                             "1987-1990 defendant_caused_death, intended_bodily_injury)")
        if (self.part_a_guideline == "other") != (self.part_a_offense_level is not None):
            raise ValueError("part_a_offense_level goes with part_a_guideline = \"other\", and "
                             "only with it")
        for section, key in PART_A_FACTS.items():
            stated = getattr(self, key) is not None
            if stated != (self.part_a_guideline == section):
                raise ValueError(f"[{key}] goes with part_a_guideline = \"{section}\", and "
                                 f"part_a_guideline = \"{section}\" needs it")
        return self



# §2B1.1's and §2B1.3's cross references (and §2B1.5's) nest these facts, which nest §2B1.1's
# and §2B1.3's: the models are completed once all are defined (nested_facts.py)
from ussg.guidelines.manual.ch2.nested_facts import complete, import_all  # noqa: E402

import_all()

complete()
