"""The facts §2A3.2 (Criminal Sexual Abuse of a Minor Under the Age of Sixteen Years (Statutory
Rape) or Attempt to Commit Such Acts) reads: the case file's ``[offense.statutory_rape]``.

The keys that §2A3.1 and §2A3.4 share (``victim_age``, ``victim_custody``,
``minor_enticement``) have the names and meanings of ``[offense.criminal_sexual_abuse]`` and
``[offense.abusive_sexual_contact]``; the edition applied decides how many levels each is
worth (tables/statutory_rape.toml). A finding the edition does not have is refused, naming its
field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a3_1.facts import CriminalSexualAbuseFacts


class StatutoryRapeFacts(Strict):
    """§2A3.2: the findings on the offense (all optional: level 18 in 2025)."""

    chapter_117_violation: bool = Field(
        False, description="§2A3.2(a)(1) Nov. 1, 2000 - Oct. 31, 2004 only (Amendments 592, "
        "615; struck by 664, refused from Nov. 1, 2004): the offense involved a violation of "
        "chapter 117 of title 18, United States Code: 18 (else 15) until Oct. 31, 2001; from "
        "Nov. 1, 2001 24 with a sexual act or sexual contact, 21 without (else 18).")
    sexual_act_or_contact: bool | None = Field(
        None, description="Nov. 1, 2001 - Oct. 31, 2004 (Amendment 615), with "
        "chapter_117_violation only (required then, refused otherwise): the offense involved "
        "the commission of a sexual act or sexual contact ((a)(1), 24) or not ((a)(2), 21).")
    victim_age: Literal["under_twelve", "twelve_but_not_sixteen"] | None = Field(
        None, description="\"under_twelve\": the victim had not attained the age of 12 years; "
        "(c)(1) \"§2A3.1 shall apply, regardless of the 'consent' of the victim\": "
        "criminal_sexual_abuse (the §2A3.1 findings) must then be stated. "
        "\"twelve_but_not_sixteen\": the minor the base offense level assumes (no step).")
    victim_custody: list[Literal["custody_care_or_supervisory_control", "corrections_employee",
                                 "held_in_correctional_facility"]] = Field(
        default_factory=list, description="§2A3.2(b)(1): the minor (the victim before Nov. 1, "
        "2004) was in the \"custody_care_or_supervisory_control\" of the defendant: +4 (+2 "
        "before Nov. 1, 2004); then (b)(2) and §3B1.3 are not applied (comment. (n.2(B))). "
        "§2A3.1's other kinds are refused.")
    minor_enticement: list[Literal["misrepresented_identity", "computer"]] = Field(
        default_factory=list, description="\"misrepresented_identity\": (b)(2)(B)(i) "
        "((b)(2)(A) before Nov. 1, 2004), the knowing misrepresentation of a participant's "
        "identity to persuade, induce, entice, or coerce the minor to engage in prohibited "
        "sexual conduct (before Nov. 1, 2004 also to facilitate transportation or travel); "
        "\"computer\": (b)(3), +2, a computer or an interactive computer service (an "
        "Internet-access device before Nov. 1, 2004) used to that end.")
    undue_influence: bool = Field(
        False, description="§2A3.2(b)(2)(B)(ii) ((b)(2)(B) before Nov. 1, 2004): a participant "
        "otherwise unduly influenced the minor to engage in prohibited sexual conduct. (b)(2) "
        "is +4 (+2 before Nov. 1, 2004) once, for either ground, \"If (A) subsection (b)(1) "
        "does not apply\" (shown \"not applied\" with victim_custody).")
    criminal_sexual_abuse: CriminalSexualAbuseFacts | None = Field(
        None, description="§2A3.2(c)(1): the offense involved criminal sexual abuse or attempt "
        "(as defined in 18 U.S.C. § 2241 or § 2242), or the victim had not attained the age "
        "of 12 years: §2A3.1 applies, computed from these findings (the keys of "
        "[offense.criminal_sexual_abuse]; an empty table for none); its level replaces this "
        "one.")

    @model_validator(mode="after")
    def _sexual_act_with_chapter_117(self) -> StatutoryRapeFacts:
        if self.sexual_act_or_contact is not None and not self.chapter_117_violation:
            raise ValueError("sexual_act_or_contact selects §2A3.2(a)(1) or (a)(2) of Nov. 1, "
                             "2001 - Oct. 31, 2004, which apply only to an offense that "
                             "\"involved a violation of chapter 117 of title 18\": state "
                             "chapter_117_violation = true, or leave it out")
        return self
