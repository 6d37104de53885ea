"""The case file's ``[offense.election_campaign]``: the facts §2C1.8 (Making, Receiving, or
Failing to Report a Contribution, Donation, or Expenditure in Violation of the Federal Election
Campaign Act; ...) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class ElectionCampaignFacts(Strict):
    """§2C1.8 (every key optional: an empty table is (a) 8 alone)."""

    illegal_transactions_value: Money | None = Field(
        None, description="§2C1.8(b)(1): the value of the illegal transactions (comment. "
        "(n.1)), in dollars (\"$40,000\"): over $5,000 (from Nov. 1, 2015, $6,500) the levels "
        "of the §2B1.1 loss table of the same date.")
    foreign_source: Literal["foreign_national", "foreign_government"] | None = Field(
        None, description="§2C1.8(b)(2) \"(Apply the greater)\": the offense involved, directly "
        "or indirectly, an illegal transaction made by or received from (A) a foreign national "
        "(+2) or (B) a government of a foreign country (+4); where both, the greater.")
    governmental_funds: bool = Field(
        False, description="§2C1.8(b)(3)(A), +2 (once with (B)): the offense involved the "
        "contribution, donation, solicitation, expenditure, disbursement, or receipt of "
        "governmental funds.")
    nonmonetary_federal_benefit: bool = Field(
        False, description="§2C1.8(b)(3)(B), +2 (once with (A)): the defendant committed the "
        "offense for the purpose of obtaining a specific, identifiable non-monetary federal "
        "benefit (comment. (n.2)).")
    illegal_transactions: Annotated[int, Field(ge=0, le=1_000_000)] | None = Field(
        None, description="§2C1.8(b)(4), +2 at 30 or more: the number of illegal transactions "
        "the defendant engaged in, convicted or not (comment. (n.3)).")
    intimidation_threat_or_coercion: bool = Field(
        False, description="§2C1.8(b)(5), +4: a contribution, donation, solicitation, or "
        "expenditure made or obtained through intimidation, threat of pecuniary or other harm, "
        "or coercion.")
    bribe_or_gratuity: Literal["2C1.1", "2C1.2"] | None = Field(
        None, description="§2C1.8(c)(1): the offense involved a bribe (\"2C1.1\", its facts in "
        "[offense.bribery] of this count) or a gratuity (\"2C1.2\", [offense.gratuity]): that "
        "guideline, \"as appropriate\", if the resulting offense level is greater.")
