"""Chapter Four (tables/README.md, "Chapter Four tables")."""

from typing import Literal

from . import Closed, MayNotExist


class NamedOffense(Closed):
    key: str
    name: str


class ZeroPointCriterion(Closed):
    number: int
    facts: list[str]
    text: str


class LevelRow(Closed):
    """§4B1.1(b) / §4B1.5(a): offense statutory maximum to offense level."""

    label: str
    level: int | None = None
    life: bool = False
    at_least: str | None = None
    more_than: str | None = None


class ReducedRange(Closed):
    """§4B1.1(c)(3): the table of guideline ranges for a § 924(c) career offender."""

    reduction: int
    label: str
    min: int
    max: int | None = None
    life: bool = False


class CriminalHistory(MayNotExist):
    text: str | None = None
    subsection: str | None = None
    # §4A1.1
    a_points: int | None = None
    a_exceeds: str | None = None
    b_points: int | None = None
    b_at_least: str | None = None
    c_points: int | None = None
    c_cap: int | None = None
    text_a: str | None = None
    text_b: str | None = None
    text_c: str | None = None
    status_subsection: str | None = None
    status_points: int | None = None
    status_min_other_points: int | None = None
    text_status: str | None = None
    recency: bool | None = None
    recency_subsection: str | None = None
    recency_points: int | None = None
    recency_points_with_status: int | None = None
    recency_window: str | None = None
    recency_in_custody: bool | None = None
    # why a case in imprisonment or escape status is not computed under this version
    recency_in_custody_refused: str | None = None
    text_recency: str | None = None
    points: int | None = None
    cap: int | None = None
    basis: Literal["related_cases", "single_sentence"] | None = None
    # §4A1.2
    probation_threshold: str | None = None
    probation_comparison: Literal["at_least", "more_than"] | None = None
    imprisonment_at_least: str | None = None
    dwi_note: str | None = None
    counted_only_if: list[NamedOffense] = []
    never_counted: list[NamedOffense] = []
    rule: Literal["related_cases", "single_sentence"] | None = None  # §4A1.2(a)(2)
    predicate_without_points: Literal["unsettled", "counted_if_independently_scored"] | None \
        = None  # §4A1.2, comment. (n.3(A))
    intervening_arrest: bool | None = None
    combine: str | None = None
    traffic_stop_is_arrest: bool | None = None
    convicted_not_sentenced_counted: bool | None = None
    revocation_several_sentences: str | None = None  # comment. (n.11), from Amendment 381
    text_a4: str | None = None
    # §4B1.1, §4B1.4, §4B1.5
    minimum_age: int | None = None
    category: str | None = None
    acceptance: Literal["none", "2_levels", "corresponding"] | None = None
    statutory_maximum: str | None = None
    rows: list[LevelRow] = []
    text_note2: str | None = None
    computable: bool | None = None
    table: list[ReducedRange] = []
    level_in_connection: int | None = None
    level_otherwise: int | None = None
    category_in_connection: str | None = None
    category_minimum: str | None = None
    category_minimum_a: str | None = None
    excluded_with_844h_924c_929a: bool | None = None
    pattern_increase: int | None = None
    pattern_floor: int | None = None
    # §4A1.3, §4C1.1
    available: bool | None = None
    career_offender_down_limit: int | None = None
    no_downward_for: list[str] = []
    decrease: int | None = None
    criteria: list[ZeroPointCriterion] = []
