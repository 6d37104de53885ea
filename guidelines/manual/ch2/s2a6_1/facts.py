"""The facts §2A6.1 (Threatening or Harassing Communications; Hoaxes; False Liens) reads: the
case file's ``[offense.threatening_communications]``.

Each key is a finding of the court in the words of a paragraph of §2A6.1; the edition applied
decides how many levels it is worth (tables/threatening_communications.toml). A finding the
edition does not have is refused, naming its field.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class ThreateningCommunicationsFacts(Strict):
    """§2A6.1: the findings on the threat, hoax or false lien (all optional: level 12)."""

    convicted_47_usc_223_without_threat: bool = Field(
        False, description="§2A6.1(a)(2) (from Nov. 1, 1997, Amendment 549): the defendant is "
        "convicted of an offense under 47 U.S.C. § 223(a)(1)(C), (D), or (E) that did not "
        "involve a threat to injure a person or property: 6 (else (a)(1), 12). Before, (a) is "
        "a single 12 and this finding is refused.")
    intent_to_carry_out_threat: bool = Field(
        False, description="§2A6.1(b)(1), +6: the offense involved any conduct evidencing an "
        "intent to carry out such threat (before Nov. 1, 1993: \"the defendant engaged in\" "
        "such conduct, Amendment 480).")
    more_than_two_threats: bool = Field(
        False, description="§2A6.1(b)(2)(A) (from Nov. 1, 1997, Amendment 549), +2 once with "
        "more_than_two_false_liens: the offense involved more than two threats.")
    convicted_under_1521: bool = Field(
        False, description="The defendant is convicted under 18 U.S.C. § 1521 (false liens "
        "against federal officers and employees; §2A6.1 from Nov. 1, 2008, Amendment 718: "
        "refused before). Comment. (n.2): \"apply §3A1.2 (Official Victim)\": "
        "adjustments.victim.official_victim must be stated with it.")
    more_than_two_false_liens: bool = Field(
        False, description="§2A6.1(b)(2)(B) (from Nov. 1, 2008, Amendment 718), +2 once with "
        "more_than_two_threats: the defendant is convicted under 18 U.S.C. § 1521 and the "
        "offense involved more than two false liens or encumbrances (requires "
        "convicted_under_1521).")
    protection_order_violation: bool = Field(
        False, description="§2A6.1(b)(3) (from Nov. 1, 1997, Amendment 549), +2: the offense "
        "involved the violation of a court protection order.")
    disruption: list[Literal["substantial_disruption", "substantial_expenditure"]] = Field(
        default_factory=list, description="§2A6.1(b)(4) (from Nov. 1, 2002, Amendment 637), "
        "+4 once: the offense resulted in (A) \"substantial_disruption\" of public, "
        "governmental, or business functions or services; or (B) a "
        "\"substantial_expenditure\" of funds to clean up, decontaminate, or otherwise "
        "respond to the offense.")
    public_threat_inciting_115: bool = Field(
        False, description="§2A6.1(b)(5) (from Nov. 1, 2009, Amendment 729), +2: the defendant "
        "(A) is convicted under 18 U.S.C. § 115, (B) made a public threatening communication, "
        "and (C) knew or should have known that it created a substantial risk of inciting "
        "others to violate 18 U.S.C. § 115 (all three found).")
    single_instance_little_deliberation: bool = Field(
        False, description="The decrease by 4 levels ((b)(2) before Nov. 1, 1997; (b)(4) to "
        "Oct. 31, 2002; (b)(5) to Oct. 31, 2009; (b)(6) from then): the offense involved a "
        "single instance evidencing little or no deliberation. Applied only where (a)(2) and "
        "the characteristics the edition names do not apply; shown \"not applied\" otherwise.")
    wmd_threat_guideline: Literal["2M6.1"] | None = Field(
        None, description="§2A6.1(c)(1) (from Nov. 1, 2006, Amendment 686: refused before): "
        "the offense involved conduct evidencing an intent to carry out a threat to use a "
        "weapon of mass destruction: §2M6.1, computed from "
        "[offense.weapons_of_mass_destruction] in this count (\"2M6.1\"), applied if "
        "greater. Or leave it out and give wmd_threat_offense_level.")
    wmd_threat_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2A6.1(c)(1) (from Nov. 1, 2006, Amendment 686: refused before), "
        "the alternative to wmd_threat_guideline = \"2M6.1\" (not with it): the offense level "
        "the court determined under §2M6.1 (its level is that of a case with guideline = "
        "\"2M6.1\"), applied if greater.")

    @model_validator(mode="after")
    def _false_liens_need_1521(self) -> ThreateningCommunicationsFacts:
        if self.more_than_two_false_liens and not self.convicted_under_1521:
            raise ValueError("more_than_two_false_liens is §2A6.1(b)(2)(B): \"the defendant is "
                             "convicted under 18 U.S.C. § 1521 and the offense involved more "
                             "than two false liens or encumbrances\": state "
                             "convicted_under_1521 = true with it")
        if self.wmd_threat_guideline is not None and self.wmd_threat_offense_level is not None:
            raise ValueError("wmd_threat_offense_level is §2M6.1's level as determined, "
                             "wmd_threat_guideline = \"2M6.1\" computes it from "
                             "[offense.weapons_of_mass_destruction]: give one of them")
        return self
