"""The facts §2B1.6 reads (the case file's ``[counts.aggravated_identity_theft]`` of the
18 U.S.C. § 1028A count)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class AggravatedIdentityTheftFacts(Strict):
    """§2B1.6 (Aggravated Identity Theft)."""

    underlying_counts: list[str] = Field(
        min_length=1, description="The counts of the underlying offense (the felony during "
        "and in relation to which the means of identification was transferred, possessed or "
        "used, 18 U.S.C. § 1028A(a)), by their names in [[counts]]: comment. (n.2), no "
        "specific offense characteristic for the transfer, possession, or use of a means of "
        "identification applies to them (a §2B1.1(b)(11)(C) finding stated on one is refused).")
