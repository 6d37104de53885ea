"""The facts §2A3.3 (Criminal Sexual Abuse of a Ward or Attempt to Commit Such Acts; Criminal
Sexual Abuse of an Individual in Federal Custody) reads: the case file's
``[offense.sexual_abuse_of_ward]``.

``minor_enticement`` and ``victim_age`` have the names and meanings of
``[offense.abusive_sexual_contact]`` and ``[offense.criminal_sexual_abuse]``; the edition
applied decides what each is worth (tables/sexual_abuse_of_ward.toml). A finding the edition
does not have is refused, naming its field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a3_1.facts import CriminalSexualAbuseFacts


class SexualAbuseOfWardFacts(Strict):
    """§2A3.3: the findings on the offense (all optional: level 18 in 2025)."""

    minor_enticement: list[Literal["misrepresented_identity", "computer"]] = Field(
        default_factory=list, description="From Nov. 1, 2000 (Amendment 592; refused "
        "before), each +2: (b)(1) the knowing \"misrepresented_identity\" of a participant, "
        "(b)(2) the use of a \"computer\" or an interactive computer service (an "
        "Internet-access device before Nov. 1, 2004), to persuade, induce, entice, or coerce "
        "a minor (under 18) to engage in prohibited sexual conduct (before Nov. 1, 2004 also "
        "to facilitate transportation or travel to engage in it).")
    victim_age: Literal["under_twelve"] | None = Field(
        None, description="From Nov. 1, 2023 (Amendment 816; refused before): "
        "\"under_twelve\", the victim had not attained the age of 12 years: (c)(1) \"§2A3.1 "
        "shall apply, regardless of the 'consent' of the victim\", so criminal_sexual_abuse "
        "must be stated.")
    criminal_sexual_abuse: CriminalSexualAbuseFacts | None = Field(
        None, description="§2A3.3(c)(1) (from Nov. 1, 2023, Amendment 816; refused before): "
        "the offense involved criminal sexual abuse or attempt (as defined in 18 U.S.C. § 2241 "
        "or § 2242): §2A3.1 applies, computed from these findings (the keys of "
        "[offense.criminal_sexual_abuse]; an empty table for none); its level replaces this "
        "one.")
