"""The facts §2A3.6 reads (the case file's ``[counts.aggravated_registration_offense]`` of the
18 U.S.C. § 2250(c)/(d) or § 2260A count)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class AggravatedRegistrationOffenseFacts(Strict):
    """§2A3.6 (Aggravated Offenses Relating to Registration as a Sex Offender)."""

    underlying_counts: list[str] = Field(
        min_length=1, description="The counts of the underlying offense (the § 2250(a) or (b) "
        "failure to register a § 2250(c)/(d) term runs consecutively to; the offense "
        "enumerated in § 2260A), by their names in [[counts]]: comment. (n.3), no specific "
        "offense characteristic based on the same conduct as this count's applies to them "
        "(shown on each; which characteristics those are is the court's finding).")
