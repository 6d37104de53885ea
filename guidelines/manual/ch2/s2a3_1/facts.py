"""The facts §2A3.1 (Criminal Sexual Abuse; Attempt to Commit Criminal Sexual Abuse) reads: the
case file's ``[offense.criminal_sexual_abuse]`` (and, through §2G1.3(c)(3),
``[offense.minor_sex_offense.sexual_abuse]``).

Each key is a finding of the court in the words of a paragraph of §2A3.1; the edition applied
decides how many levels it is worth (tables/criminal_sexual_abuse.toml). A finding the edition
does not have is refused, naming its field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.offense_characteristics import BODILY_INJURY_WORDS, BodilyInjury
from ussg.guidelines.manual.ch2.s2g2_1.facts import ProductionFacts


class CriminalSexualAbuseFacts(Strict):
    """§2A3.1: the findings on the abuse or attempt (all optional: level 30 in 2025)."""

    convicted_under_2241c: bool = Field(
        False, description="§2A3.1(a)(1) (from Nov. 1, 2007, Amendment 701): the defendant "
        "was convicted under 18 U.S.C. § 2241(c): 38 (else (a)(2), 30). Before, (a) is a "
        "single level (30 from Nov. 1, 2004, 27 before) and this finding is refused.")
    conduct_described_in_2241a_or_b: bool = Field(
        False, description="§2A3.1(b)(1), +4: the offense involved conduct described in 18 "
        "U.S.C. § 2241(a) or (b) (before Nov. 1, 2004: \"was committed by the means set forth "
        "in\" it; before Nov. 1, 1989: \"the criminal sexual abuse was accomplished as "
        "defined in 18 U.S.C. § 2241\", which comment. (n.2) read as by the means of § 2241(a) "
        "or (b)).")
    conviction_2241c_based_on_2241a_or_b: bool = Field(
        False, description="§2A3.1, comment. (n.2(B)) (from Nov. 1, 2007): the conduct that "
        "forms the basis for the § 2241(c) conviction is that the defendant engaged in conduct "
        "described in § 2241(a) or (b): (b)(1) is not applied (requires convicted_under_2241c "
        "and conduct_described_in_2241a_or_b).")
    victim_age: Literal["under_twelve", "twelve_but_not_sixteen"] | None = Field(
        None, description="§2A3.1(b)(2): the victim \"under_twelve\" ((A), had not attained "
        "the age of twelve years, +4) or \"twelve_but_not_sixteen\" ((B), had attained twelve "
        "but not sixteen, +2); from Nov. 1, 2007 only where (a)(2) applies (shown \"not "
        "applied\" under (a)(1)).")
    victim_custody: list[Literal["custody_care_or_supervisory_control", "corrections_employee",
                                 "held_in_correctional_facility"]] = Field(
        default_factory=list, description="§2A3.1(b)(3), +2 once: the victim was (A) in the "
        "\"custody_care_or_supervisory_control\" of the defendant, or (B) a person "
        "\"held_in_correctional_facility\" (in the custody of a correctional facility); "
        "before Nov. 1, 1992 also a victim who \"was a corrections_employee\" (Amendment 444 "
        "moved that case to the special instruction, prison_official_victim).")
    bodily_injury: BodilyInjury | None = Field(
        None, description="§2A3.1(b)(4): \"permanent_or_life_threatening\" (A) +4, "
        "\"serious_bodily_injury\" (B) +2, \"between_serious_and_permanent\" (C) +3; a lesser "
        "injury: no increase, shown (comment. (n.1): serious bodily injury means conduct other "
        "than the criminal sexual abuse itself). Before Nov. 1, 1989 there is no (C) "
        "(Amendment 92): \"between_serious_and_permanent\" is refused. " + BODILY_INJURY_WORDS)
    abducted: bool = Field(
        False, description="§2A3.1(b)(5), +4: the victim was abducted.")
    minor_enticement: list[Literal["misrepresented_identity", "computer"]] = Field(
        default_factory=list, description="§2A3.1(b)(6), +2 once: to persuade, induce, "
        "entice, or coerce a minor to engage in prohibited sexual conduct, or to facilitate "
        "transportation or travel to engage in it, the offense involved (A) the knowing "
        "\"misrepresented_identity\" of a participant, or (B) the use of a \"computer\" or an "
        "interactive computer service (an Internet-access device before Nov. 1, 2004). From Nov. "
        "1, 2000 (Amendment 592): refused before.")
    victim_murdered: bool = Field(
        False, description="§2A3.1(c)(1): a victim was killed under circumstances that would "
        "constitute murder under 18 U.S.C. § 1111: §2A1.1 (level 43), from Nov. 1, 2004 only "
        "if greater. From Nov. 1, 1993 (Amendment 477): refused before.")
    production: ProductionFacts | None = Field(
        None, description="§2A3.1(c)(2) (from Nov. 1, 2004, Amendment 664): the offense "
        "involved causing, transporting, permitting, or offering or seeking by notice or "
        "advertisement, a minor to engage in sexually explicit conduct for the purpose of "
        "producing a visual depiction: the §2G2.1 findings (the keys of [offense.production]; "
        "an empty table for none); §2G2.1 applies if greater.")
    prison_official_victim: bool = Field(
        False, description="§2A3.1(d)(1): the offense occurred in the custody or control of a "
        "prison or other correctional facility and the victim was a prison official (before "
        "Nov. 1, 2004: in a correctional facility, a corrections employee): the offense is "
        "deemed to have an official victim for §3A1.2(c)(2) (subsection (a) before 2004), "
        "which Chapter Three applies (+6; +3 before 2004) without adjustments.victim."
        "official_victim being stated; stated, it must be \"assault\" (\"status\" before "
        "Nov. 1, 2004). From Nov. 1, 1992 (Amendment 444; numbered (c)(1) until Oct. "
        "31, 1993): refused before, when (b)(3) names a corrections employee victim.")
