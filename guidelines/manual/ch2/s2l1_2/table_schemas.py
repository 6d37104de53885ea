"""The shape of §2L1.2's table (tables/illegal_reentry.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common

#: The kinds of prior offense the editions of §2L1.2 name (each as the edition defines it).
PRIOR_KINDS = ("illegal_reentry", "immigration_law_violation", "misdemeanor_1325a",
               "aggravated_felony", "drug_trafficking_offense", "controlled_substance_offense",
               "crime_of_violence", "firearms_offense", "child_pornography_offense",
               "national_security_or_terrorism_offense", "human_trafficking_offense",
               "alien_smuggling_offense", "alien_smuggling_offense_for_profit")

Kind = Literal[PRIOR_KINDS]  # type: ignore[valid-type]


class KindOf(Closed):
    kind: Kind
    sentence_exceeds: str | None = None
    sentence_at_most: str | None = None


class Tier(Closed):
    """One increase of an "apply the greatest" list."""

    paragraph: str = Field(min_length=1)
    levels: int
    levels_without_points: int | None = None  # Amendment 754 (2011-2016)
    felony: bool  # the conviction must be for a felony
    any_of: list[KindOf] = []
    excluded_kinds: list[Kind] = []
    sentence_at_least: str | None = None
    sentence_exceeds: str | None = None
    misdemeanors_at_least: int | None = None
    text: str = Field(min_length=1)


class IllegalReentry(Common):
    structure: Literal["prior_entry", "none", "deported_after", "first_order"]
    base: int
    text_a: str
    prior_entry_levels: int | None = None
    text_prior_entry: str | None = None
    remained_counts: bool = False
    # Nov. 1, 2012 - Oct. 31, 2016 (Amendment 764): a term imposed on revocation counts "only
    # if the revocation occurred before the defendant was deported or unlawfully remained"
    revocation_note: str | None = None
    text_b: str | None = None
    tiers: list[Tier] = []
    # kinds the edition defines as §4B1.2 does: read from the prior record's own flags
    record_kinds: list[Literal["crime_of_violence", "controlled_substance_offense"]] = []
    timing: Literal["conviction_before_order", "conduct_before_order"] | None = None
    points_required: bool = False
    text_b1: str | None = None
    text_b2: str | None = None
    text_b3: str | None = None
    committed_after: list[Tier] = []
    by_sentence: list[Tier] = []


SCHEMAS = {"illegal_reentry": IllegalReentry}
