"""The case file's ``[offense.failure_to_appear]``: the facts §2J1.6 (Failure to Appear by
Defendant) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field, field_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.term import TermError, parse_term

#: The underlying offense's maximum written as "death" (§2J1.6(b)(2)(A): "punishable by
#: death or imprisonment for a term of fifteen years or more").
DEATH = "death"


def statutory_maximum(value: str | None) -> str | None:
    """A term with its unit ("20 years", "6 months", "life") or "death"."""
    if value is None or value.strip().lower() == DEATH:
        return value
    try:
        term = parse_term(value)
    except TermError as error:
        raise ValueError(f"{error}; or \"death\"") from None
    if term.is_zero:
        raise ValueError("a maximum term of imprisonment is more than none: write e.g. "
                         "\"6 months\", \"5 years\", \"life\" or \"death\"")
    return value


class FailureToAppearFacts(Strict):
    """§2J1.6 (Failure to Appear by Defendant), 18 U.S.C. § 3146(b)(1)."""

    failure_to_report_for_service_of_sentence: bool = Field(
        False, description="§2J1.6(a)(1) (from Nov. 1, 1990, Amendment 329; an error before): "
        "the offense constituted a failure to report for service of sentence: 11 (otherwise "
        "(a)(2), 6).")
    underlying_statutory_maximum: str | None = Field(
        None, description="The maximum term of imprisonment of the underlying offense (the "
        "offense in respect to which the defendant failed to appear, comment. (n.1)): "
        "\"20 years\", \"18 months\", \"6 months\", \"life\" or \"death\". Decides (b)(2) "
        "(from Nov. 1, 1990 only under (a)(2); (b)(1)-(3) for every failure to appear "
        "before): death or 15 years or more +9, 5 years or more +6, a felony (a maximum of "
        "more than one year, 18 U.S.C. § 3559(a)) +3, otherwise none. Required where the "
        "edition reads it.")
    surrendered_within_96_hours: bool = Field(
        False, description="§2J1.6(b)(1)(A) (from Nov. 1, 1990; under (a)(1) only): the "
        "defendant voluntarily surrendered within 96 hours of the time originally scheduled "
        "to report: -5.")
    ordered_to_community_corrections: bool = Field(
        False, description="§2J1.6(b)(1)(B) (from Nov. 1, 1990; under (a)(1) only): the "
        "defendant was ordered to report to a community corrections center, community "
        "treatment center, \"halfway house,\" or similar facility, and (A) does not apply: -2.")
    offense_while_away: bool = Field(
        False, description="§2J1.6(b)(1)'s proviso (from Nov. 1, 1990): while away from the "
        "facility the defendant committed a federal, state, or local offense punishable by "
        "a term of imprisonment of one year or more: no (b)(1) decrease.")
    obstructed_the_failure_to_appear_count: bool = Field(
        False, description="§2J1.6, comment. (n.2) ((n.3) before Nov. 1, 1991): the defendant "
        "obstructed the investigation or trial of the failure to appear count: only then does "
        "§3C1.1 (before Nov. 1, 2013, Chapter Three, Part C) apply to it.")

    _maximum = field_validator("underlying_statutory_maximum")(
        lambda value: statutory_maximum(value))
