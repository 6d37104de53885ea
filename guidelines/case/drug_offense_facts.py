"""The facts of a §2D1.1 case beyond drug type and quantity: what the court found for the
base offense levels of §2D1.1(a)(1)-(4), each specific offense characteristic of (b), the
safety-valve criteria of §5C1.2, and the cross references of (d).

Part of the public case-file schema (:class:`ussg.guidelines.case.model.Offense` inherits these
fields). Every fact is optional; a fact that the edition applied does not have is an error
naming the field (see guidelines/manual/ch2/s2d1_1/drug_characteristics.py), never ignored.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict, no_items

#: Provisions of Title 21, United States Code, that §2D1.1 names. "960(a)" or any
#: "960(b)(...)" is a conviction "of violating 21 U.S.C. § 960(a)" (1989-1992 (b)(2)).
Conviction = Literal[
    "841(b)(1)(A)", "841(b)(1)(B)", "841(b)(1)(C)", "841(b)(1)(E)", "841(b)(7)",
    "841(g)(1)(A)", "860a (distribution)", "860a (manufacture)", "865",
    "960(a)", "960(b)(1)", "960(b)(2)", "960(b)(3)", "960(b)(5)",
]

Hazard = Literal[
    "hazardous_release", "hazardous_waste",
    "substantial_risk_to_life_or_environment", "substantial_risk_to_minor_or_incompetent",
]

AggravatingRoleFactor = Literal[
    "used_fear_or_affection_to_involve_others", "vulnerable_individual",
    "directly_involved_in_importation", "obstructed_justice", "criminal_livelihood",
]

MinimalRoleFactor = Literal[
    "motivated_by_relationship_or_fear", "no_monetary_compensation", "minimal_knowledge",
]

#: Kinds of prior conviction that §2D1.1(a)(1) and (a)(3) name from Amendment 817 (Nov. 1,
#: 2023), as 21 U.S.C. § 802(44), (57) and (58) define them.
PriorConvictionKind = Literal["felony_drug_offense", "serious_drug_felony", "serious_violent_felony"]

#: States of mind that §2D1.1(b)(13)(B) asks for: Amendment 818 (Nov. 1, 2023) "willful
#: blindness or conscious avoidance of knowledge", Amendment 833 (Nov. 1, 2025) "reckless
#: disregard".
FentanylStateOfMind = Literal["willful_blindness_or_conscious_avoidance", "reckless_disregard"]


_Strict = Strict  # the case file's base model: unknown keys refused, types exact


class DeathOrSeriousBodilyInjury(_Strict):
    """§2D1.1(a)(1)-(4): death or serious bodily injury resulted from the use of the
    substance. The statute of conviction goes in ``offense.convictions``."""

    established_by: Literal["offense_of_conviction", "stipulation"] = Field(
        description="How the result is established: \"offense_of_conviction\" (\"the offense of "
        "conviction establishes\", every edition from 1989) or \"stipulation\" (the parties "
        "stipulate to such an offense or base offense level; only the 2025 text allows it)."
    )
    prior_conviction: bool = Field(
        False,
        description="The defendant committed the offense after one or more prior convictions "
        "for a similar offense (Nov. 1, 2023 text: of the kind prior_conviction_kinds states; "
        "2025 wording: the mandatory life term, or for § 841(b)(1)(E) / § 960(b)(5) the 30-year "
        "maximum, applies because of a prior conviction).",
    )
    prior_conviction_kinds: list[PriorConvictionKind] = Field(
        default_factory=no_items,
        description="With prior_conviction: what the prior conviction(s) were, as 21 U.S.C. "
        "§ 802 defines them: \"felony_drug_offense\", \"serious_drug_felony\", "
        "\"serious_violent_felony\" (every kind the court found). Needed under the Nov. 1, "
        "2023 text (Amendment 817): (a)(1)(A) asks for a serious drug felony or serious violent "
        "felony (§ 841(b)(1)(A)/(B), § 960(b)(1)/(2)), (a)(1)(B) and (a)(3) for a felony drug "
        "offense. Earlier texts ask for \"a similar offense\", the 2025 text for the term that "
        "applies; there it is not read.",
    )

    @model_validator(mode="after")
    def _kinds_need_a_prior_conviction(self) -> DeathOrSeriousBodilyInjury:
        if self.prior_conviction_kinds and not self.prior_conviction:
            raise ValueError("prior_conviction_kinds describes the prior conviction: state "
                             "prior_conviction = true as well")
        return self


class SafetyValve(_Strict):
    """The court's finding on each criterion of §5C1.2(a)(1)-(5) (from Sept. 23, 1994), read
    for the statutory minimum and for §2D1.1(b)(18) (2025 numbering; from Nov. 1, 1995). Every
    criterion must be stated, met (true) or not (false)."""

    criminal_history: bool = Field(
        description="§5C1.2(a)(1): the criminal-history criterion is met (to Oct. 31, 2023: not "
        "more than 1 criminal history point; from Nov. 1, 2023: the three-part test of "
        "Amendment 817)."
    )
    no_violence_or_weapon: bool = Field(
        description="§5C1.2(a)(2): the defendant did not use violence or credible threats of "
        "violence or possess a firearm or other dangerous weapon (or induce another "
        "participant to do so) in connection with the offense."
    )
    no_death_or_serious_bodily_injury: bool = Field(
        description="§5C1.2(a)(3): the offense did not result in death or serious bodily "
        "injury to any person."
    )
    not_organizer_or_cce: bool = Field(
        description="§5C1.2(a)(4): the defendant was not an organizer, leader, manager, or "
        "supervisor of others (no §3B1.1 adjustment) and was not engaged in a continuing "
        "criminal enterprise."
    )
    truthful_disclosure: bool = Field(
        description="§5C1.2(a)(5): not later than the sentencing hearing the defendant "
        "truthfully provided to the Government all information and evidence about the offense."
    )


class DrugTraffickingFacts(_Strict):
    """The §2D1.1 facts other than drugs and quantities (mixed into ``Offense``)."""

    convictions: list[Conviction] = Field(
        default_factory=no_items,
        description="Provisions of Title 21, U.S.C., of conviction that §2D1.1 names: "
        "\"841(b)(1)(A)\", \"841(b)(1)(B)\", \"841(b)(1)(C)\", \"841(b)(1)(E)\", \"960(a)\", "
        "\"960(b)(1)\", \"960(b)(2)\", \"960(b)(3)\", \"960(b)(5)\" (for (a)(1)-(4) and the "
        "1989-1992 (b)(2)); \"865\" ((b)(6)); \"841(g)(1)(A)\" ((b)(10)); \"860a (distribution)\""
        " / \"860a (manufacture)\" ((b)(14)(B)/(C)); \"841(b)(7)\" ((d)(2)).",
    )
    death_or_serious_bodily_injury: DeathOrSeriousBodilyInjury | None = Field(
        None,
        description="§2D1.1(a)(1)-(4): death or serious bodily injury resulted from the use of "
        "the substance (omit the table if not).",
    )
    violence: bool = Field(
        False, description="§2D1.1(b)(2) (from Nov. 1, 2010): the defendant used violence, made "
        "a credible threat to use violence, or directed the use of violence."
    )
    aircraft_or_vessel: Literal["aircraft", "submersible_vessel", "operation_officer"] | None = Field(
        None,
        description="§2D1.1(b)(3) ((b)(2) from 1989 to 2010): the defendant unlawfully imported "
        "or exported a controlled substance and \"aircraft\": a non-commercial aircraft was "
        "used; \"submersible_vessel\": a submersible or semi-submersible vessel was used (from "
        "Nov. 1, 2009); \"operation_officer\": the defendant acted as pilot, captain, navigator "
        "or other operation officer aboard a craft or vessel carrying the substance.",
    )
    prison_distribution: bool = Field(
        False, description="§2D1.1(b)(4) (from Nov. 1, 1995): the object of the offense was "
        "distribution in a prison, correctional facility, or detention facility."
    )
    methamphetamine_importation: (
        Literal["importation", "manufacture_from_imported_chemicals"] | None) = Field(
        None,
        description="§2D1.1(b)(5) (from Nov. 1, 1997; amphetamine from Nov. 1, 2001): the "
        "offense involved \"importation\" of (amphet)amine or methamphetamine, or its "
        "\"manufacture_from_imported_chemicals\" the defendant knew were imported unlawfully.",
    )
    mass_marketing: bool = Field(
        False, description="§2D1.1(b)(7) (from Nov. 1, 2004): the defendant, or a person for "
        "whose conduct the defendant is accountable, distributed a controlled substance "
        "through mass-marketing by means of an interactive computer service."
    )
    steroid_masking_agent: bool = Field(
        False, description="§2D1.1(b)(8) (from Mar. 27, 2006): the offense involved the "
        "distribution of an anabolic steroid and a masking agent."
    )
    steroid_to_athlete: bool = Field(
        False, description="§2D1.1(b)(9) (from Mar. 27, 2006): the defendant distributed an "
        "anabolic steroid to an athlete."
    )
    bribed_law_enforcement: bool = Field(
        False, description="§2D1.1(b)(11) (from Nov. 1, 2010): the defendant bribed, or "
        "attempted to bribe, a law enforcement officer to facilitate the offense."
    )
    maintained_premises: bool = Field(
        False, description="§2D1.1(b)(12) (from Nov. 1, 2010): the defendant maintained a "
        "premises for the purpose of manufacturing or distributing a controlled substance."
    )
    fentanyl_misrepresentation: (
        Literal["knowingly_misrepresented", "marketed_as_legitimate_drug"] | None) = Field(
        None,
        description="§2D1.1(b)(13) (from Nov. 1, 2018): \"knowingly_misrepresented\": "
        "((A) from 2023) knowingly misrepresented or marketed as another substance a mixture "
        "containing fentanyl or an analogue; \"marketed_as_legitimate_drug\": (B) (from Nov. "
        "1, 2023) represented or marketed it as a legitimately manufactured drug (state the "
        "state of mind in fentanyl_state_of_mind).",
    )
    fentanyl_state_of_mind: FentanylStateOfMind | None = Field(
        None,
        description="§2D1.1(b)(13)(B), with fentanyl_misrepresentation = "
        "\"marketed_as_legitimate_drug\": what the court found the defendant knew of the "
        "substance not being the legitimately manufactured drug: "
        "\"willful_blindness_or_conscious_avoidance\" (the words of Amendment 818, Nov. 1, "
        "2023 - Oct. 31, 2025) or \"reckless_disregard\" (Amendment 833, from Nov. 1, 2025); "
        "the more culpable of the two where both were found.",
    )
    hazards: list[Hazard] = Field(
        default_factory=no_items,
        description="§2D1.1(b)(14) (from Nov. 1, 1997): \"hazardous_release\" (unlawful release "
        "of a hazardous or toxic substance), \"hazardous_waste\" (unlawful transport, "
        "treatment, storage or disposal of hazardous waste), "
        "\"substantial_risk_to_life_or_environment\" and "
        "\"substantial_risk_to_minor_or_incompetent\" (amphetamine or methamphetamine "
        "manufacture, from Dec. 16, 2000). The greatest applies.",
    )
    marihuana_cultivation_on_public_or_trespassed_land: bool = Field(
        False, description="§2D1.1(b)(15) (from Nov. 1, 2014): the offense involved the "
        "cultivation of marihuana on state or federal land or while trespassing on tribal or "
        "private land (applies only with a §3B1.1 aggravating role)."
    )
    aggravating_role_factors: list[AggravatingRoleFactor] = Field(
        default_factory=no_items,
        description="§2D1.1(b)(16) (from Nov. 1, 2010; applies only with a §3B1.1 aggravating "
        "role): (A) \"used_fear_or_affection_to_involve_others\", (B) \"vulnerable_individual\","
        " (C) \"directly_involved_in_importation\", (D) \"obstructed_justice\", (E) "
        "\"criminal_livelihood\".",
    )
    minimal_role_factors: list[MinimalRoleFactor] = Field(
        default_factory=no_items,
        description="§2D1.1(b)(17) (from Nov. 1, 2010; only for a minimal participant, "
        "§3B1.2(a)): (A) \"motivated_by_relationship_or_fear\", (B) \"no_monetary_compensation\","
        " (C) \"minimal_knowledge\"; all three are needed.",
    )
    safety_valve: SafetyValve | None = Field(
        None,
        description="§2D1.1(b)(18) (from Nov. 1, 1995): the court's finding on each criterion "
        "of §5C1.2(a)(1)-(5).",
    )
    victim_killed: Literal["first_degree_murder", "second_degree_murder"] | None = Field(
        None,
        description="§2D1.1(d)(1) (from Nov. 1, 1993): a victim was killed under circumstances "
        "that would constitute first or second degree murder under 18 U.S.C. § 1111.",
    )
    crime_of_violence_offense_level: int | None = Field(
        None, ge=1, le=60,
        description="§2D1.1(d)(2) (from Nov. 1, 1997; with \"841(b)(7)\" in convictions): the "
        "offense level the court determined under §2X1.1 for the crime of violence (ussg does "
        "not compute §2X1.1).",
    )

    @model_validator(mode="after")
    def _state_of_mind_needs_subparagraph_b(self) -> DrugTraffickingFacts:
        if (self.fentanyl_state_of_mind is not None
                and self.fentanyl_misrepresentation != "marketed_as_legitimate_drug"):
            raise ValueError("fentanyl_state_of_mind is the state of mind of §2D1.1(b)(13)(B): "
                             "it goes with fentanyl_misrepresentation = "
                             "\"marketed_as_legitimate_drug\"")
        return self

    @model_validator(mode="after")
    def _crime_of_violence_needs_841b7(self) -> DrugTraffickingFacts:
        if self.crime_of_violence_offense_level is not None and "841(b)(7)" not in self.convictions:
            raise ValueError("crime_of_violence_offense_level is for §2D1.1(d)(2), which needs a "
                             "conviction under 21 U.S.C. § 841(b)(7): add \"841(b)(7)\" to "
                             "convictions")
        return self


#: The §2D1.1 facts a count states besides its drugs, in the order they are checked: the
#: weapon, the level as found, the characteristics (guidelines outside Part D refuse them
#: where they do not compute §2D1.1; Part D's guidelines where they do not read them).
DRUG_TRAFFICKING_FACTS = ("dangerous_weapon", "base_offense_level",
                          *DrugTraffickingFacts.model_fields)
