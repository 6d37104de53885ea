"""The facts §2G2.1 reads: the case file's ``[offense.production]``, for one minor
(§2G2.1(d)(1): the exploitation of each minor is a count of its own)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


#: What the material portrays (§2G2.1(b)(4), §2G2.2(b)(4)): (A), and (B) from Nov. 1, 2016.
Portrayal = Literal["sadistic_masochistic_or_violence", "infant_or_toddler"]


class ProductionFacts(Strict):
    """§2G2.1: the findings on the production (all optional: level 32 without them)."""

    minor_age: Literal["under_twelve", "twelve_to_fifteen"] | None = Field(
        None, description="§2G2.1(b)(1): the minor had not attained the age of twelve "
        "(\"under_twelve\", (A) +4) or had attained twelve but not sixteen "
        "(\"twelve_to_fifteen\", (B) +2).")
    sexual_conduct: Literal["sexual_act_or_contact", "sexual_act_with_2241_conduct"] | None = \
        Field(None, description="§2G2.1(b)(2), the greater: \"sexual_act_or_contact\" (A) +2, "
              "or \"sexual_act_with_2241_conduct\" (B) +4 (a sexual act and conduct described "
              "in 18 U.S.C. § 2241(a) or (b)); from Nov. 1, 2004 (Amendment 664), refused "
              "before.")
    knowing_distribution: bool = Field(
        False, description="§2G2.1(b)(3), +2: the defendant knowingly engaged in distribution "
        "(before Nov. 1, 2016: the offense involved distribution); from Nov. 1, 2004, refused "
        "before.")
    portrays: list[Portrayal] = Field(
        default_factory=list, description="§2G2.1(b)(4), +4 once: the material portrays "
        "\"sadistic_masochistic_or_violence\" (A) or \"infant_or_toddler\" ((B), from Nov. 1, "
        "2016, Amendment 801); from Nov. 1, 2004, refused before.")
    custodian: bool = Field(
        False, description="§2G2.1(b)(5) ((b)(2) before Nov. 1, 2004), +2: the defendant was a "
        "parent, relative, or legal guardian of the minor, or the minor was otherwise in the "
        "defendant's custody, care, or supervisory control.")
    misrepresentation_or_computer: list[Literal["misrepresented_identity", "computer"]] = Field(
        default_factory=list, description="§2G2.1(b)(6) ((b)(3) before Nov. 1, 2004), +2 "
        "once: for producing or transmitting the material, the knowing "
        "\"misrepresented_identity\" of a participant (A), or the use of a \"computer\" or an "
        "interactive computer service (B).")
    victim_murdered: bool = Field(
        False, description="§2G2.1(c)(1): the victim was killed in circumstances that would "
        "constitute murder under 18 U.S.C. § 1111: §2A1.1 (level 43), if greater; from Nov. 1, "
        "2004 (Amendment 664), refused before.")
    more_than_one_minor: bool = Field(
        False, description="§2G2.1(d)(1): the offense involved the exploitation of more than "
        "one minor: give each minor's exploitation as a count of its own ([[counts]]); this "
        "count is computed for one minor, and a warning says so.")
