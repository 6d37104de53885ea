"""The facts §2A3.4 (Abusive Sexual Contact or Attempt to Commit Abusive Sexual Contact) reads:
the case file's ``[offense.abusive_sexual_contact]``.

The keys that §2A3.1 shares (``conduct_described_in_2241a_or_b``, ``victim_age``,
``victim_custody``, ``minor_enticement``) have the names and meanings of
``[offense.criminal_sexual_abuse]``; the edition applied decides how many levels each is worth
(tables/abusive_sexual_contact.toml). A finding the edition does not have is refused, naming
its field.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a3_1.facts import CriminalSexualAbuseFacts
from ussg.guidelines.manual.ch2.s2a3_2.facts import StatutoryRapeFacts


class AbusiveSexualContactFacts(Strict):
    """§2A3.4: the findings on the contact or attempt (all optional: level 12 in 2025)."""

    conduct_described_in_2241a_or_b: bool = Field(
        False, description="§2A3.4(a)(1) (from Nov. 1, 1989; 20, 16 before Nov. 1, 2004): the "
        "offense involved conduct described in 18 U.S.C. § 2241(a) or (b) (\"was committed by "
        "the means set forth in\" it before Nov. 1, 2004). Before Nov. 1, 1989, (b)(1) +9: "
        "\"the abusive sexual contact was accomplished as defined in 18 U.S.C. § 2241\", "
        "which comment. (n.1) read as by the means of § 2241(a) or (b).")
    conduct_described_in_2242: bool = Field(
        False, description="§2A3.4(a)(2) (from Nov. 1, 1989; 16, 12 before Nov. 1, 2004): the "
        "offense involved conduct described in 18 U.S.C. § 2242. Before Nov. 1, 1989, (b)(2) "
        "+4: \"accomplished as defined in 18 U.S.C. § 2242\". Not with "
        "conduct_described_in_2241a_or_b (§ 2242's means are \"other than\" § 2241's).")
    victim_age: Literal["under_twelve", "twelve_but_not_sixteen"] | None = Field(
        None, description="From Nov. 1, 1989 (Amendment 95; refused before): "
        "\"under_twelve\", (b)(1) +4, and at least level 22 (20 from Nov. 1, 2004, 16 "
        "before); \"twelve_but_not_sixteen\", (b)(2) +2, only where the base offense level "
        "is determined under (a)(1) or (a)(2) (shown \"not applied\" under (a)(3)).")
    victim_custody: list[Literal["custody_care_or_supervisory_control", "corrections_employee",
                                 "held_in_correctional_facility"]] = Field(
        default_factory=list, description="§2A3.4(b)(3) (from Nov. 1, 1991, Amendment 392; "
        "refused before), +2: the victim was in the \"custody_care_or_supervisory_control\" "
        "of the defendant (the only kind §2A3.4 names; the others, §2A3.1's, are refused).")
    minor_enticement: list[Literal["misrepresented_identity", "computer"]] = Field(
        default_factory=list, description="From Nov. 1, 2000 (Amendment 592; refused "
        "before), each +2: (b)(4) the knowing \"misrepresented_identity\" of a participant, "
        "(b)(5) the use of a \"computer\" or an interactive computer service (an "
        "Internet-access device before Nov. 1, 2004), to persuade, induce, entice, or coerce "
        "a minor to engage in prohibited sexual conduct (before Nov. 1, 2004 also to "
        "facilitate transportation or travel to engage in it).")
    chapter_117_violation: bool = Field(
        False, description="§2A3.4(b)(6), +3 (Nov. 1, 2001 - Oct. 31, 2004: Amendments 615 "
        "and 664; refused in other editions): the offense involved a violation of chapter 117 "
        "of title 18, United States Code.")
    criminal_sexual_abuse: CriminalSexualAbuseFacts | None = Field(
        None, description="§2A3.4(c)(1) (from Nov. 1, 1992, Amendment 444; refused before): "
        "the offense involved criminal sexual abuse or attempt (as defined in 18 U.S.C. § 2241 "
        "or § 2242): §2A3.1 applies, computed from these findings (the keys of "
        "[offense.criminal_sexual_abuse]; an empty table for none).")
    statutory_rape: StatutoryRapeFacts | None = Field(
        None, description="§2A3.4(c)(2) (from Nov. 1, 1992; refused before; computed from Nov. "
        "1, 2000, the first edition whose §2A3.2 ussg has): the offense involved criminal "
        "sexual abuse of a minor or attempt (as defined in 18 U.S.C. § 2243(a)): §2A3.2 "
        "computed from these findings (the keys of [offense.statutory_rape]), its steps "
        "shown, applied if greater. Not with statutory_rape_offense_level.")
    statutory_rape_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2A3.4(c)(2) (from Nov. 1, 1992; refused before), the alternative "
        "to statutory_rape (required for Nov. 1, 1992 - Oct. 31, 2000, whose §2A3.2 ussg does "
        "not have): the offense level the court determined under §2A3.2, applied if greater.")

    @model_validator(mode="after")
    def _one_means(self) -> AbusiveSexualContactFacts:
        if self.conduct_described_in_2241a_or_b and self.conduct_described_in_2242:
            raise ValueError("conduct_described_in_2242 is conduct \"other than\" that of "
                             "§ 2241(a) or (b) (§2A3.4, comment. (n.3)): state the one the "
                             "court found")
        if self.statutory_rape is not None and self.statutory_rape_offense_level is not None:
            raise ValueError("§2A3.4(c)(2) applies §2A3.2 once: give its findings "
                             "(statutory_rape) or the level the court determined "
                             "(statutory_rape_offense_level), not both")
        return self
