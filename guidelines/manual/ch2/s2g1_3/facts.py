"""The facts §2G1.3 reads: the case file's ``[offense.minor_sex_offense]``, for one minor
(§2G1.3(d)(1): each minor's persuasion, enticement, coercion, travel or transportation is a
count of its own)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a3_1.facts import CriminalSexualAbuseFacts
from ussg.guidelines.manual.ch2.s2g2_1.facts import ProductionFacts

#: The statute of conviction as §2G1.3(a), (b)(3) and (b)(4)(B) name it (18 U.S.C.).
Conviction = Literal["1591(b)(1)", "1591(b)(2)", "2421A(a)", "2421A(b)(1)", "2421A(b)(2)",
                     "2422(b)", "2423(a)", "other"]


class MinorSexOffenseFacts(Strict):
    """§2G1.3: the statute of conviction and the findings (all but the statute optional)."""

    convicted_under: Conviction = Field(
        description="The offense of conviction, as §2G1.3 names it: \"1591(b)(1)\" ((a)(1), "
        "34), \"1591(b)(2)\" ((a)(2), 30), \"2422(b)\" or \"2423(a)\" ((a)(3), 28), "
        "\"2421A(a)\", \"2421A(b)(1)\" or \"2421A(b)(2)\" (18 U.S.C. § 2421A, named from "
        "the 2025 text on: (a)(4), 24; the (b)(3) proviso and (b)(4)(B)), or \"other\" "
        "((a)(4), 24). Before Nov. 1, 2007 (a) is 24 for every statute.")
    custodian: bool = Field(
        False, description="§2G1.3(b)(1), +2: the defendant was a parent, relative, or legal "
        "guardian of the minor, or the minor was otherwise in the defendant's custody, care, "
        "or supervisory control (comment. (n.2(B)): §3B1.3 then does not apply).")
    misrepresentation_or_influence: list[Literal["misrepresented_identity",
                                                 "undue_influence"]] = Field(
        default_factory=list, description="§2G1.3(b)(2), +2 once: the knowing "
        "\"misrepresented_identity\" of a participant (A), or a participant \"undue_influence\" "
        "over the minor (B).")
    computer_use: list[Literal["persuade_minor", "solicit_person"]] = Field(
        default_factory=list, description="§2G1.3(b)(3), +2 once: a computer or interactive "
        "computer service used to \"persuade_minor\" (A: persuade, induce, entice, coerce, or "
        "facilitate the travel of the minor) or to \"solicit_person\" (B: entice, encourage, "
        "offer, or solicit a person to engage in prohibited sexual conduct with the minor; "
        "from 2025 not for a § 2421A conviction).")
    sex_act_or_sexual_contact: bool = Field(
        False, description="§2G1.3(b)(4) ((b)(4)(A)(i) in 2025), +2: the offense involved the "
        "commission of a sex act or sexual contact.")
    commercial_sex_act: bool = Field(
        False, description="§2G1.3(b)(4) ((b)(4)(A)(ii) in 2025), +2: the offense involved a "
        "commercial sex act (from Nov. 1, 2007 only where (a)(3) or (a)(4) applies).")
    minor_under_twelve: bool = Field(
        False, description="§2G1.3(b)(5), +8: the offense involved a minor who had not "
        "attained the age of 12 years (from Nov. 1, 2007 only where (a)(3) or (a)(4) "
        "applies).")
    production: ProductionFacts | None = Field(
        None, description="§2G1.3(c)(1): the offense involved causing, transporting, "
        "permitting, or offering or seeking by notice or advertisement, a minor to engage in "
        "sexually explicit conduct for the purpose of producing a visual depiction: the "
        "§2G2.1 findings (the keys of [offense.production]; an empty table for none); §2G2.1 "
        "applies if greater.")
    victim_murdered: bool = Field(
        False, description="§2G1.3(c)(2): a minor was killed in circumstances that would "
        "constitute murder under 18 U.S.C. § 1111: §2A1.1 (level 43), if greater.")
    sexual_abuse: CriminalSexualAbuseFacts | None = Field(
        None, description="§2G1.3(c)(3): the offense involved conduct described in 18 U.S.C. "
        "§ 2241 or § 2242: the §2A3.1 findings (the keys of [offense.criminal_sexual_abuse]; "
        "an empty table for none); §2A3.1 applies if the resulting offense level is greater.")
    more_than_one_minor: bool = Field(
        False, description="§2G1.3(d)(1): the offense involved more than one minor: give each "
        "minor as a count of its own ([[counts]]); this count is computed for one minor, and "
        "a warning says so.")
