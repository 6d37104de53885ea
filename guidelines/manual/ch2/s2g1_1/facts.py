"""The facts §2G1.1 (Promoting a Commercial Sex Act or Prohibited Sexual Conduct with an
Individual Other than a Minor) reads: the case file's ``[offense.commercial_sex]``, for one
victim (the special instruction: each victim is a count of its own).

The keys §2G1.3 shares (``custodian``, ``misrepresentation_or_influence``, ``computer_use``,
``production``, ``sexual_abuse``) have the names and meanings of ``[offense.minor_sex_offense]``;
``victim_age`` that of ``[offense.criminal_sexual_abuse]``. The minor's keys apply only Nov. 1,
2000 - Oct. 31, 2004, when §2G1.1 covered a minor; a finding the edition does not have is
refused, naming its field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a3_1.facts import CriminalSexualAbuseFacts
from ussg.guidelines.manual.ch2.s2a3_2.facts import StatutoryRapeFacts
from ussg.guidelines.manual.ch2.s2a3_4.facts import AbusiveSexualContactFacts
from ussg.guidelines.manual.ch2.s2g2_1.facts import ProductionFacts


class CommercialSexFacts(Strict):
    """§2G1.1: the findings on the offense (all optional: level 14 in 2025)."""

    convicted_under: Literal["1591(b)(1)", "2421A(b)(2)", "other"] = Field(
        "other", description="The offense of conviction (18 U.S.C.) where §2G1.1 names it: "
        "\"1591(b)(1)\" ((a)(1), 34, from Nov. 1, 2007, Amendment 701; refused before), "
        "\"2421A(b)(2)\" ((b)(1)(B)(ii), +4 under (a)(2), from the 2025 text; refused before), "
        "or \"other\".")
    force_fraud_or_coercion: list[Literal["physical_force", "fraud", "coercion"]] = Field(
        default_factory=list, description="§2G1.1(b)(1), +4 once: the offense involved "
        "\"fraud\" or \"coercion\" (from Nov. 1, 2004; from Nov. 1, 2007 only under (a)(2)); "
        "before Nov. 1, 2004 \"physical_force\" or \"coercion\" (\"fraud\" from Nov. 1, 2002, "
        "Amendment 641), Nov. 1, 2000 - Oct. 31, 2004 only where the offense involved "
        "prostitution (a commercial sex act). A kind the edition does not name is refused.")
    prohibited_sexual_conduct_only: bool = Field(
        False, description="Nov. 1, 2000 - Oct. 31, 2004 only (refused otherwise): the offense "
        "did not involve (promoting) prostitution (a commercial sex act from Nov. 1, 2002): "
        "(b)(1) is not applied and (c)(3) may apply.")
    minor: bool = Field(
        False, description="§2G1.1(a)(1), 19, Nov. 1, 2000 - Oct. 31, 2004 only: the offense "
        "involved a minor (under 18). Refused in other editions: before Nov. 1, 1996 a "
        "minor's transportation was §2G1.2, from Nov. 1, 2004 it is §2G1.3.")
    victim_age: Literal["under_twelve", "twelve_but_not_sixteen"] | None = Field(
        None, description="§2G1.1(b)(2), 2000-2004 (with minor): the victim had not attained "
        "the age of 12 years ((A), +4) or had attained 12 but not 16 ((B), +2).")
    custodian: bool = Field(
        False, description="§2G1.1(b)(3), 2000-2004, +2 \"If subsection (b)(2) applies\" "
        "(shown \"not applied\" otherwise): the defendant was a parent, relative, or legal "
        "guardian of the victim, or the victim was otherwise in the defendant's custody, "
        "care, or supervisory control.")
    misrepresentation_or_influence: list[Literal["misrepresented_identity",
                                                 "undue_influence"]] = Field(
        default_factory=list, description="§2G1.1(b)(4), 2000-2004 (with minor), +2 once, "
        "\"If subsection (b)(3) does not apply\": the knowing \"misrepresented_identity\" of a "
        "participant (A), or a participant's \"undue_influence\" over a minor (B).")
    computer_use: list[Literal["persuade_minor", "solicit_person"]] = Field(
        default_factory=list, description="§2G1.1(b)(5), 2000-2004 (with minor), +2 once: a "
        "computer or an Internet-access device used to \"persuade_minor\" (A) or to "
        "\"solicit_person\" (B: entice, encourage, offer, or solicit a person to engage in "
        "prohibited sexual conduct with a minor).")
    production: ProductionFacts | None = Field(
        None, description="§2G1.1(c)(1), 2000-2004 (refused otherwise): a person less than 18 "
        "caused, transported, permitted, or offered or sought to engage in sexually explicit "
        "conduct to produce a visual depiction: the §2G2.1 findings (the keys of "
        "[offense.production]; an empty table for none); §2G2.1 applies (its level replaces "
        "this one).")
    sexual_abuse: CriminalSexualAbuseFacts | None = Field(
        None, description="§2G1.1(c)(1) from Nov. 1, 2004 (conduct described in 18 U.S.C. "
        "§ 2241(a) or (b) or § 2242), (c)(2) 2000-2004 (criminal sexual abuse, attempt, or "
        "assault with intent to commit it); refused before Nov. 1, 2000: the §2A3.1 findings "
        "(the keys of [offense.criminal_sexual_abuse]; an empty table for none); §2A3.1 "
        "applies (its level replaces this one).")
    statutory_rape: StatutoryRapeFacts | None = Field(
        None, description="§2G1.1(c)(3), 2000-2004 (refused otherwise), with "
        "prohibited_sexual_conduct_only and neither production nor sexual_abuse: §2A3.2 "
        "\"as appropriate\", computed from these findings (the keys of "
        "[offense.statutory_rape]). Not with abusive_sexual_contact.")
    abusive_sexual_contact: AbusiveSexualContactFacts | None = Field(
        None, description="§2G1.1(c)(3), 2000-2004 (refused otherwise), as statutory_rape but "
        "§2A3.4, from the keys of [offense.abusive_sexual_contact].")
    more_than_one_victim: bool = Field(
        False, description="The special instruction ((c)(1) Nov. 1, 1989 - Oct. 31, 1996: "
        "\"the transportation of more than one person\"; (d)(1) from Nov. 1, 2000; refused "
        "before Nov. 1, 1989): the offense involved more than one victim: give each victim as "
        "a count of its own ([[counts]]); this count is computed for one victim, and a "
        "warning says so.")

    @model_validator(mode="after")
    def _consistent(self) -> CommercialSexFacts:
        if not self.minor and (self.victim_age or self.custodian or self.computer_use or
                               self.misrepresentation_or_influence):
            raise ValueError("victim_age, custodian, misrepresentation_or_influence and "
                             "computer_use are §2G1.1(b)(2)-(5) of Nov. 1, 2000 - Oct. 31, "
                             "2004, which concern a minor: state minor = true")
        if self.statutory_rape is not None and self.abusive_sexual_contact is not None:
            raise ValueError("§2G1.1(c)(3) applies §2A3.2 or §2A3.4 \"as appropriate\": state "
                             "the one the court applies")
        if self.production is not None and self.sexual_abuse is not None:
            raise ValueError("§2G1.1(c)(1) (§2G2.1) and (c)(2) (§2A3.1) each say \"apply\": "
                             "state the one the court applies")
        return self
