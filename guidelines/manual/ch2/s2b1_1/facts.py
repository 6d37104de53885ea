"""The facts §2B1.1 reads (the case file's ``[offense.theft_fraud]``).

Loss, gain and gross receipts are exact dollars (``ussg.guidelines.engine.money.Money``).
The base offense level of (a)(1)/(a)(2) (from Nov. 1, 2003) is read from the offense's
statutory maximum (``statutory_maximum_months`` / ``statutory_maximum_life`` of ``[offense]``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2b1_1.section_1030 import Section1030Subsection
from ussg.guidelines.manual.ch2.s2d2_1.facts import PossessionFacts
from ussg.guidelines.manual.ch2.s2k1_3.facts import ExplosiveFacts
from ussg.guidelines.manual.ch2.s2k2_1.facts import FirearmFacts

if TYPE_CHECKING:  # §2K1.4's facts nest §2B1.1's: the models are completed at the end
    from ussg.guidelines.manual.ch2.s2b1_5.facts import CulturalHeritageFacts
    from ussg.guidelines.manual.ch2.s2k1_4.facts import ArsonFacts

Ground = Literal["firearm_explosive_or_drug_taken", "arson_or_explosive_damage",
                 "false_statement_statute_other_offense",
                 "cultural_heritage_or_paleontological_resource"]


class TheftCrossReference(Strict):
    """§2B1.1(c): the cross reference that applies, and the level under the guideline it
    names (computed where ussg computes that guideline, else as determined)."""

    ground: Ground = Field(
        description="Which cross reference: \"firearm_explosive_or_drug_taken\" (c)(1) (a "
        "firearm, destructive device, explosive material or controlled substance was taken, "
        "was an object of the taking, or was the stolen property received, transported, "
        "transferred, transmitted or possessed: apply §2D1.1, §2D2.1, §2K1.3 or §2K2.1 as "
        "appropriate); \"arson_or_explosive_damage\" (c)(2) (§2K1.4 if greater); "
        "\"false_statement_statute_other_offense\" (c)(3) (convicted under a statute "
        "proscribing false, fictitious, or fraudulent statements or representations generally, "
        "the count's conduct establishing an offense specifically covered by another Chapter "
        "Two guideline, (c)(1) and (c)(2) not applying: apply that guideline); "
        "\"cultural_heritage_or_paleontological_resource\" (c)(4) (§2B1.5 if greater).")
    guideline: str = Field(
        pattern=r"^2[A-X]\d\.\d{1,2}$",
        description="The guideline applied, as the section: \"2K2.1\"; for (c)(1) one of "
        "\"2D1.1\" (the drugs of [offense]), \"2D2.1\", \"2K1.3\", \"2K2.1\"; (c)(2) "
        "\"2K1.4\"; (c)(4) \"2B1.5\"; (c)(3) the other Chapter Two guideline.")
    offense_level: Annotated[int, Field(ge=1, le=43)] | None = Field(
        None, description="The offense level under that guideline as determined (required "
        "for (c)(3) into a guideline with a facts table other than those below); otherwise "
        "its facts below (or, for §2D1.1, the drugs of [offense]).")
    firearms: FirearmFacts | None = Field(
        None, description="With guideline = \"2K2.1\": its facts ([offense.firearms]'s keys).")
    explosives: ExplosiveFacts | None = Field(
        None, description="With guideline = \"2K1.3\": its facts ([offense.explosives]'s keys).")
    possession: PossessionFacts | None = Field(
        None, description="With guideline = \"2D2.1\": its facts ([offense.possession]'s keys).")
    arson: ArsonFacts | None = Field(
        None, description="With guideline = \"2K1.4\" ((c)(2)): its facts ([offense.arson]'s "
        "keys; from Nov. 1, 2001 its theft_fraud table, the §2B1.1 facts for \"2 plus the "
        "offense level from §2B1.1\", without a cross reference back to §2K1.4).")
    cultural_heritage: CulturalHeritageFacts | None = Field(
        None, description="With guideline = \"2B1.5\" ((c)(4), from Nov. 1, 2002): its facts "
        "([offense.cultural_heritage]'s keys).")

    @model_validator(mode="after")
    def _facts_of_the_guideline(self) -> TheftCrossReference:
        for key, section in NESTED_FACTS.items():
            if getattr(self, key) is not None and self.guideline != section:
                raise ValueError(f"{key}: the facts of §{section}, but the guideline applied "
                                 f"is {self.guideline!r}")
        if self.offense_level is not None and any(getattr(self, key) is not None
                                                  for key in NESTED_FACTS):
            raise ValueError("give the level under the guideline as determined (offense_level) "
                             "or its facts, not both")
        return self


#: the guidelines whose facts the cross reference takes as a table of its own
NESTED_FACTS = {"firearms": "2K2.1", "explosives": "2K1.3", "possession": "2D2.1",
                "arson": "2K1.4", "cultural_heritage": "2B1.5"}


class TheftFraudFacts(Strict):
    """§2B1.1 (Theft, Property Destruction, and Fraud), from Nov. 1, 2001."""

    loss: Money | None = Field(
        None, description="§2B1.1(b)(1): the loss (the greater of actual or intended loss), "
        "in dollars: \"$1,250,000\".")
    gain: Money | None = Field(
        None, description="§2B1.1(b)(1): the gain that resulted from the offense, used "
        "\"only if there is a loss but it reasonably cannot be determined\" (instead of loss; "
        "from Nov. 1, 2001, comment. (n.2(B)), n.3(B) from Nov. 1, 2003, the Notes to Table "
        "from Nov. 1, 2024). An error in the theft guideline (before Nov. 1, 2001), whose "
        "commentary has no such words.")
    more_than_minimal_planning: bool = Field(
        False, description="§2B1.1(b)(4)/(b)(5) (theft, before Nov. 1, 2001): the offense "
        "involved more than minimal planning (+2; Amendment 617 deleted it).")
    victims: Annotated[int, Field(ge=0)] = Field(
        0, description="§2B1.1(b)(2): the number of victims.")
    mass_marketing: bool = Field(
        False, description="§2B1.1(b)(2): the offense was committed through mass-marketing.")
    hardship_victims: Annotated[int, Field(ge=0)] = Field(
        0, description="§2B1.1(b)(2) (from Nov. 1, 2015): the number of victims to whom the "
        "offense resulted in substantial financial hardship.")
    relocated_scheme: bool = Field(
        False, description="§2B1.1(b)(8)-(10)(A): the defendant relocated, or participated "
        "in relocating, a fraudulent scheme to another jurisdiction to evade law enforcement "
        "or regulatory officials.")
    scheme_outside_united_states: bool = Field(
        False, description="§2B1.1(b)(8)-(10)(B): a substantial part of a fraudulent scheme "
        "was committed from outside the United States.")
    sophisticated_means: bool = Field(
        False, description="§2B1.1(b)(8)-(10)(C): the offense otherwise involved "
        "sophisticated means.")
    defendant_caused_sophisticated_means: bool = Field(
        False, description="§2B1.1(b)(10)(C) (from Nov. 1, 2015): the defendant "
        "intentionally engaged in or caused the conduct constituting sophisticated means.")
    financial_institution_gross_receipts: Money | None = Field(
        None, description="§2B1.1(b)(12)-(17)(A): the gross receipts the defendant derived "
        "from one or more financial institutions as a result of the offense, in dollars.")
    jeopardized_financial_institution: bool = Field(
        False, description="§2B1.1(b)(12)-(17)(B)(i): the offense substantially jeopardized "
        "the safety and soundness of a financial institution (the theft guideline: (b)(7)(A) "
        "from Nov. 1, 1990, (b)(6)(A) from Nov. 1, 1995; +4, and at least level 24).")
    endangered_public_company_or_large_employer: bool = Field(
        False, description="§2B1.1(b)(12)-(17)(B)(ii) (from Jan. 25, 2003): the offense "
        "substantially endangered the solvency or financial security of an organization that, "
        "at any time during the offense, was a publicly traded company or had 1,000 or more "
        "employees.")
    endangered_100_or_more_victims: bool = Field(
        False, description="§2B1.1(b)(12)-(16)(B)(iii) (Jan. 25, 2003 - Oct. 31, 2015): the "
        "offense substantially endangered the solvency or financial security of 100 or more "
        "victims.")

    # The other characteristics of §2B1.1(b) (their paragraph numbers change by edition:
    # tables/theft_fraud_characteristics.toml; the numbers below are the 2025 Manual's).
    theft_from_the_person: bool = Field(
        False, description="§2B1.1(b)(3): \"the offense involved a theft from the person of "
        "another\" (+2; the theft guideline before Nov. 1, 2001: (b)(2) \"the theft was from "
        "the person of another\").")
    undelivered_mail: bool = Field(
        False, description="The theft guideline's §2B1.1(b)(3) (Nov. 1, 1995 - Oct. 31, "
        "2001; (b)(5) 1987, (b)(4) 1990): \"(A) undelivered United States mail was taken, or "
        "the taking of such item was an object of the offense; or (B) the stolen property "
        "received, transported, transferred, transmitted, or possessed was undelivered United "
        "States mail\": at least level 6 (before Nov. 1, 1993, Amendment 481, its (b)(5)/(b)(4): "
        "\"undelivered United States mail was taken\"). Not a characteristic of the "
        "consolidated guideline (an error there).")
    firearm_or_controlled_substance_taken: bool = Field(
        False, description="The theft guideline's §2B1.1(b)(2) (Nov. 1, 1987 - Oct. 31, 1995; "
        "Amendment 512 replaced it with the cross reference (c)(1)): \"a firearm, destructive "
        "device, or controlled substance was taken\" (from Nov. 1, 1993, Amendment 481: \"(A) "
        "... or the taking of such item was an object of the offense; or (B) the stolen "
        "property received, transported, transferred, transmitted, or possessed was\" such an "
        "item): +1, and at least level 7. An error in other editions.")
    organized_criminal_activity: bool = Field(
        False, description="The theft guideline's §2B1.1(b)(6), Nov. 1, 1987 - Oct. 31, 1989: "
        "\"the offense involved organized criminal activity\" (at least level 14); Amendment "
        "100 replaced it with organized_scheme_vehicles. An error in other editions.")
    affected_financial_institution: bool = Field(
        False, description="The theft guideline's §2B1.1(b)(7)(B) (Nov. 1, 1991) / (b)(6)(B) "
        "(Nov. 1, 1995 - Oct. 31, 2001): the offense \"affected a financial institution\"; "
        "with gross_receipts_from_offense more than $1,000,000: +4, and at least level 24. "
        "The (A) of that paragraph is jeopardized_financial_institution (from Nov. 1, 1990).")
    gross_receipts_from_offense: Money | None = Field(
        None, description="With affected_financial_institution (theft guideline, Nov. 1, 1991 "
        "- Oct. 31, 2001): the gross receipts the defendant derived from the offense, in "
        "dollars (not the consolidated guideline's financial_institution_gross_receipts).")
    receiving_stolen_property_in_business: bool = Field(
        False, description="§2B1.1(b)(4): \"the offense involved receiving stolen property, "
        "and the defendant was a person in the business of receiving and selling stolen "
        "property\" (+2).")
    national_cemetery_or_veterans_memorial: bool = Field(
        False, description="§2B1.1(b)(5): \"the offense involved theft of, damage to, "
        "destruction of, or trafficking in, property from a national cemetery or veterans' "
        "memorial\" (+2). In the theft guideline (Nov. 1, 1998 - Oct. 31, 2001, (b)(8)) the "
        "words are \"theft of property from a national cemetery\": state it then only for "
        "that.")
    convicted_under_1037: bool = Field(
        False, description="§2B1.1(b)(6)(A): the defendant was convicted of an offense under "
        "18 U.S.C. § 1037.")
    email_addresses_obtained_improperly: bool = Field(
        False, description="§2B1.1(b)(6)(B): \"the offense involved obtaining electronic mail "
        "addresses through improper means\" (+2 with convicted_under_1037).")
    government_health_care_program_offense: bool = Field(
        False, description="§2B1.1(b)(7)(A): the defendant was convicted of a federal health "
        "care offense involving a government health care program.")
    government_health_care_program_loss: Money | None = Field(
        None, description="§2B1.1(b)(7)(B): the loss under (b)(1) to the government health "
        "care program, in dollars: more than $1,000,000 +2, more than $7,000,000 +3, more "
        "than $20,000,000 +4 (with government_health_care_program_offense).")
    conduct_described_in_670: bool = Field(
        False, description="§2B1.1(b)(8)(A): \"the offense involved conduct described in 18 "
        "U.S.C. § 670\" (pre-retail medical products; +2).")
    medical_product_supply_chain_agent: bool = Field(
        False, description="§2B1.1(b)(8)(B): with conduct_described_in_670, \"the defendant "
        "was employed by, or was an agent of, an organization in the supply chain for the "
        "pre-retail medical product\" (+4, the greater).")
    misrepresented_acting_for_charity_or_government: bool = Field(
        False, description="§2B1.1(b)(9)(A): \"a misrepresentation that the defendant was "
        "acting on behalf of a charitable, educational, religious, or political organization, "
        "or a government agency\" (+2, at least level 10).")
    fraud_in_bankruptcy_proceeding: bool = Field(
        False, description="§2B1.1(b)(9)(B): \"a misrepresentation or other fraudulent action "
        "during the course of a bankruptcy proceeding\" (+2, at least level 10).")
    violated_prior_order: bool = Field(
        False, description="§2B1.1(b)(9)(C): \"a violation of any prior, specific judicial or "
        "administrative order, injunction, decree, or process not addressed elsewhere in the "
        "guidelines\" (+2, at least level 10).")
    misrepresented_higher_education_financial_assistance: bool = Field(
        False, description="§2B1.1(b)(9)(D): \"a misrepresentation to a consumer in connection "
        "with obtaining, providing, or furnishing financial assistance for an institution of "
        "higher education\" (+2, at least level 10).")
    device_making_equipment_or_authentication_feature: bool = Field(
        False, description="§2B1.1(b)(11)(A): \"the possession or use of any (i) device-making "
        "equipment, or (ii) authentication feature\" (+2, at least level 12).")
    device_making_equipment: bool = Field(
        False, description="§2B1.1(b)(11)(A)(i) (2025; (b)(9)(A) Nov. 1, 2001 - Oct. 31, 2004, "
        "when (A) named nothing else): \"the possession or use of any ... device-making "
        "equipment\" (+2, at least level 12). From Nov. 1, 2004 "
        "device_making_equipment_or_authentication_feature says the same or more.")
    produced_or_trafficked_access_devices: bool = Field(
        False, description="§2B1.1(b)(11)(B): \"the production or trafficking of any (i) "
        "unauthorized access device or counterfeit access device, or (ii) authentication "
        "feature\" (+2, at least level 12).")
    produced_or_trafficked_unauthorized_or_counterfeit_access_devices: bool = Field(
        False, description="§2B1.1(b)(11)(B)(i) (2025; (b)(9)(B) Nov. 1, 2001 - Oct. 31, 2004, "
        "when (B) named nothing else): \"the production or trafficking of any ... unauthorized "
        "access device or counterfeit access device\" (+2, at least level 12).")
    identification_used_to_obtain_other_identification: bool = Field(
        False, description="§2B1.1(b)(11)(C)(i): \"the unauthorized transfer or use of any "
        "means of identification unlawfully to produce or obtain any other means of "
        "identification\" (+2, at least level 12).")
    unlawfully_produced_means_of_identification: Annotated[int, Field(ge=0)] = Field(
        0, description="§2B1.1(b)(11)(C)(ii): the number of means of identification possessed "
        "\"that unlawfully were produced from, or obtained by the use of, another means of "
        "identification\" (5 or more: +2, at least level 12).")
    conduct_described_in_1040: bool = Field(
        False, description="§2B1.1(b)(12): \"the offense involved conduct described in 18 "
        "U.S.C. § 1040\" (fraud in connection with major disaster or emergency benefits; +2, "
        "at least level 12).")
    convicted_under_408_1011_or_1383a_ten_year_maximum: bool = Field(
        False, description="§2B1.1(b)(13) (from Nov. 1, 2018, Amendment 806): \"the defendant "
        "was convicted under 42 U.S.C. § 408(a), § 1011(a), or § 1383a(a) and the statutory "
        "maximum term of ten years' imprisonment applies\" (+4, at least level 12).")
    trade_secret_out_of_united_states: bool = Field(
        False, description="§2B1.1(b)(14)(A): the offense involved misappropriation of a "
        "trade secret and the defendant knew or intended \"that the trade secret would be "
        "transported or transmitted out of the United States\" (+2).")
    trade_secret_to_benefit_foreign_government: bool = Field(
        False, description="§2B1.1(b)(14)(B): the offense involved misappropriation of a "
        "trade secret and the defendant knew or intended \"that the offense would benefit a "
        "foreign government, foreign instrumentality, or foreign agent\" (+4, the greater, "
        "and at least level 14).")
    organized_scheme_vehicles: bool = Field(
        False, description="§2B1.1(b)(15)(A): \"an organized scheme to steal or to receive "
        "stolen (A) vehicles or vehicle parts\" (+2, at least level 14).")
    organized_scheme_cargo: bool = Field(
        False, description="§2B1.1(b)(15)(B): an organized scheme to steal or to receive "
        "stolen \"goods or chattels that are part of a cargo shipment\" (+2, at least level "
        "14).")
    risk_of_death_or_serious_bodily_injury: bool = Field(
        False, description="§2B1.1(b)(16)(A): \"the conscious or reckless risk of death or "
        "serious bodily injury\" (+2, at least level 14).")
    possessed_dangerous_weapon: bool = Field(
        False, description="§2B1.1(b)(16)(B): \"possession of a dangerous weapon (including a "
        "firearm) in connection with the offense\" (+2, at least level 14).")
    convicted_under_1030: bool = Field(
        False, description="§2B1.1(b)(18)(A), (b)(19)(A)(i), (iii): the defendant was "
        "convicted of an offense under 18 U.S.C. § 1030.")
    intent_to_obtain_personal_information: bool = Field(
        False, description="§2B1.1(b)(18)(A): with convicted_under_1030, \"the offense "
        "involved an intent to obtain personal information\" (+2).")
    public_dissemination_of_personal_information: bool = Field(
        False, description="§2B1.1(b)(18)(B): \"the offense involved the unauthorized public "
        "dissemination of personal information\" (+2).")
    critical_infrastructure_or_government_computer: bool = Field(
        False, description="§2B1.1(b)(19)(A)(i): with convicted_under_1030, \"the offense "
        "involved a computer system used to maintain or operate a critical infrastructure, or "
        "used by or for a government entity in furtherance of the administration of justice, "
        "national defense, or national security\" (+2).")
    convicted_under_1030_a5a: bool = Field(
        False, description="§2B1.1(b)(19)(A)(ii): the defendant was convicted of an offense "
        "under 18 U.S.C. § 1030(a)(5)(A) (+4; also give convicted_under_1030).")
    convicted_under_1030_a5a_i: bool = Field(
        False, description="§2B1.1(b)(15)(A)(ii) of Nov. 1, 2008 - Oct. 31, 2009: the "
        "defendant was convicted of an offense under 18 U.S.C. § 1030(a)(5)(A)(i) (the "
        "subsection as the statute read before Pub. L. 110-326, 2008; +4; also give "
        "convicted_under_1030). Amendment 726 replaced it with § 1030(a)(5)(A) "
        "(convicted_under_1030_a5a).")
    disrupted_critical_infrastructure: bool = Field(
        False, description="§2B1.1(b)(19)(A)(iii): with convicted_under_1030, \"the offense "
        "caused a substantial disruption of a critical infrastructure\" (+6, and at least "
        "level 24, (B)).")
    securities_law_violation_by_officer_broker_or_adviser: bool = Field(
        False, description="§2B1.1(b)(20)(A): a violation of securities law and, at the time of "
        "the offense, the defendant was (i) an officer or a director of a publicly traded "
        "company; (ii) a registered broker or dealer, or a person associated with one; or "
        "(iii) an investment adviser, or a person associated with one (+4).")
    securities_law_violation_by_officer_or_director: bool = Field(
        False, description="§2B1.1(b)(20)(A)(i) (2025; Jan. 25 - Oct. 31, 2003 (b)(13), "
        "Amendment 647, which named no one else): \"a violation of securities law and, at the "
        "time of the offense, the defendant was an officer or a director of a publicly traded "
        "company\" (+4).")
    commodities_law_violation_by_officer_or_advisor: bool = Field(
        False, description="§2B1.1(b)(20)(B): a violation of commodities law and, at the time "
        "of the offense, the defendant was (i) an officer or a director of a futures "
        "commission merchant or an introducing broker; (ii) a commodities trading advisor; or "
        "(iii) a commodity pool operator (+4).")
    disaster_or_emergency_benefit_fraud: bool = Field(
        False, description="§2B1.1(b)(16) of Feb. 6 - Oct. 31, 2008 (Amendment 714; replaced by "
        "the § 1040 paragraph, Amendment 719): \"the offense involved fraud or theft involving "
        "any benefit authorized, transported, transmitted, transferred, disbursed, or paid in "
        "connection with a declaration of a major disaster or an emergency\" (+2); an error in "
        "other editions.")

    cross_reference: TheftCrossReference | None = Field(
        None, description="§2B1.1(c) (computed from Nov. 1, 2001): the cross reference that "
        "applies, a table [offense.theft_fraud.cross_reference] with ground, guideline and "
        "the level or facts under that guideline.")
    convicted_under_1030_subsection: Section1030Subsection | None = Field(
        None, description="§2B1.1(d)(1), Nov. 1, 2001 - Oct. 31, 2002 (struck by Amendment "
        "637): the subsection of 18 U.S.C. § 1030 of conviction, \"(a)(1)\" ... \"(a)(7)\"; "
        "(a)(4) or (a)(5): \"the minimum guideline sentence, notwithstanding any other "
        "adjustment, shall be six months' imprisonment\" (the range's minimum raised to six "
        "months where lower, before §5G1.1). An error in the other editions (before Nov. 1, "
        "2001 see §2F1.1's convicted_under_1030_a4 and §2B1.3's key of this name).")

    @model_validator(mode="after")
    def _consistent(self) -> TheftFraudFacts:
        if (self.loss is None) == (self.gain is None):
            raise ValueError("give the loss, or (only where the loss reasonably cannot be "
                             "determined) the gain: exactly one of them")
        if self.hardship_victims > self.victims:
            raise ValueError(f"hardship_victims = {self.hardship_victims}, but victims = "
                             f"{self.victims}: each victim who suffered substantial financial "
                             f"hardship is a victim")
        if self.defendant_caused_sophisticated_means and not self.sophisticated_means:
            raise ValueError("defendant_caused_sophisticated_means without "
                             "sophisticated_means: the offense involved sophisticated means "
                             "if the defendant caused its conduct")
        if (self.convicted_under_1030_a5a or self.convicted_under_1030_a5a_i) \
                and not self.convicted_under_1030:
            raise ValueError("convicted_under_1030_a5a without convicted_under_1030: a "
                             "conviction under 18 U.S.C. § 1030(a)(5)(A) is a conviction under "
                             "§ 1030")
        if (self.loss is not None and self.government_health_care_program_loss is not None
                and self.government_health_care_program_loss > self.loss):
            raise ValueError(f"government_health_care_program_loss = "
                             f"{self.government_health_care_program_loss!s} is more than loss = "
                             f"{self.loss!s}: it is the loss under (b)(1) to the program")
        return self

    def other_characteristics_stated(self) -> list[str]:
        """The facts of §2B1.1(b)'s other characteristics (theft_fraud_characteristics)
        the case states."""
        return [name for name in OTHER_CHARACTERISTICS
                if getattr(self, name) not in (None, False, 0)]


#: the facts read by tables/theft_fraud_characteristics.toml
_NAMES = list(TheftFraudFacts.model_fields)
OTHER_CHARACTERISTICS = tuple(_NAMES[_NAMES.index("theft_from_the_person"):
                                     _NAMES.index("cross_reference")])

# §2K1.4's facts (ArsonFacts) nest §2B1.1's, and the cross reference nests §2K1.4's and
# §2B1.5's: the models are completed once all are defined (nested_facts.py)
from ussg.guidelines.manual.ch2.nested_facts import complete, import_all  # noqa: E402

import_all()

complete()
