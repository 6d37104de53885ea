"""The case file's ``[offense.obstructing_election]``: the findings §2H2.1 (Obstructing an
Election or Registration) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class ObstructingElectionFacts(Strict):
    """§2H2.1(a) "(Apply the greatest)" (every key optional: an empty table is (a)(2), the
    obstruction by forgery, fraud, theft, bribery, deceit, or other means)."""

    force_or_threat_of_force: bool = Field(
        False, description="§2H2.1(a)(1), 18: the obstruction occurred by use of force or "
        "threat of force against person(s) or property.")
    defendant_conduct: Literal["value_for_vote", "false_eligibility_information",
                               "voted_more_than_once"] | None = Field(
        None, description="§2H2.1(a)(3), 6 (and then not (a)(2), \"except as provided in "
        "(3)\"): the defendant (A) solicited, demanded, accepted, or agreed to accept anything "
        "of value to vote, refrain from voting, vote for or against a particular candidate, or "
        "register to vote (\"value_for_vote\"), (B) gave false information to establish "
        "eligibility to vote (\"false_eligibility_information\"), or (C) voted more than once "
        "in a federal election (\"voted_more_than_once\").")
