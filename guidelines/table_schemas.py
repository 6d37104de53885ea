"""The shape of every table under ``tables/``: one pydantic schema per kind of table.

A table file is checked against its kind when it is loaded (``guidelines.tables``), so a
misspelt key, a level written as a string or a date written as text is refused there,
naming the file, the version's effective date and the key, rather than read as "absent"
by the code that uses it. The schemas are strict (no coercion: a level is an int, a date a
TOML date) and closed (``extra="forbid"``: a key no schema names is an error).

The kinds (tables/README.md documents each one's keys):

- ``characteristic``: the §2D1.1(b) specific offense characteristics and (d) cross
  references, one table per characteristic (the files with a top-level ``fact``);
- ``adjustment``: Chapter Two and Three adjustments and limits (§§3A-3E, §2K2.4's note,
  §5C1.2's criteria, the offense-level bounds);
- ``criminal_history``: Chapter Four (§§4A1.1-4C1.1);
- ``grid``: tables read by row and column (the Sentencing Table, the criminal history
  categories, §3D1.4's units, §5B1.1/§5C1.1's zones);
- ``fine``: the §5E1.2(c) fine table (offense level thresholds to dollar amounts);
- ``terms``: terms of supervised release and §4A1.2's time periods;
- ``statute``: statutory penalties, versioned by Public Law;
- ``drug_quantity``: the Drug Quantity Table (§2D1.1(c)), one file a version;
- ``drug_equivalency``: the Drug Equivalency / Conversion Tables, one file a version.

The models only check; the engine keeps reading each version's plain mapping, so what it
reads is exactly what the file says.
"""

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["characteristic", "adjustment", "criminal_history", "grid", "fine", "terms",
               "statute", "drug_quantity", "drug_equivalency"]


class Closed(BaseModel):
    """Strict and closed: no coercion, no key the schema does not name. Built on first
    use (a calculation loads only the tables it needs)."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, defer_build=True)


class Meta(Closed):
    """The keys of a table file above its versions (or of a folder's ``table.toml``)."""

    section: str = Field(min_length=1)
    title: str = Field(min_length=1)
    fact: str | None = None  # §2D1.1 characteristics: the case key that states the fact
    reviewed_through: dt.date
    gaps: list[Annotated[list[dt.date], Field(min_length=2, max_length=2)]] = []  # [from, to]
    before_first_version: str = ""


class Common(Closed):
    """The keys every version has (tables/README.md, "Common keys of every version")."""

    effective: dt.date
    amendments: list[int]
    source: str = Field(min_length=1)
    verification: Literal["verbatim", "derived", "unverified"]
    checked: str = Field(min_length=1)
    citation: str | None = None  # where the version is read from a later Manual


class MayNotExist(Common):
    """A provision some editions lack: its first version says ``exists = false``."""

    exists: bool = True
    note: str | None = None  # when the provision was added


# --- §2D1.1 characteristics ----------------------------------------------------------------

class Clause(Closed):
    key: str
    label: str
    levels: int | None = None
    floor: int | None = None
    paragraph: str | None = None
    unless: list[str] = []
    unless_note: str | None = None
    finding: str | None = None
    state_of_mind: str | None = None
    accepts: list[str] = []
    accepts_note: str | None = None


class DeathOrInjuryLevel(Closed):
    paragraph: str
    level: int
    statutes: list[str]
    prior_conviction: bool
    prior_kinds: list[str] = []
    text: str


class Characteristic(MayNotExist):
    paragraph: str | None = None
    text: str | None = None
    levels: int | None = None
    floor: int | None = None
    requires: Literal["aggravating_role", "no_mitigating_role", "minimal_participant"] | None = None
    requires_conviction: str | None = None
    all_clauses: bool = False
    min_level: int | None = None
    clause: list[Clause] = []
    only_if_greater: bool = False
    apply: dict[str, str] = {}  # cross reference: the guideline applied, by finding
    # drug_death_or_injury.toml: §2D1.1(a)'s levels and the grounds that establish them
    level: list[DeathOrInjuryLevel] = []
    grounds: list[str] = []
    computable: bool = True


# --- Chapters Two and Three: adjustments ---------------------------------------------------

class SafetyValveCriterion(Closed):
    key: str
    label: str
    text: str


class StatuteDiffers(Closed):
    from_: dt.date = Field(alias="from")
    law: str
    text: str
    source: str


class Adjustment(MayNotExist):
    text: str | None = None
    levels: int | dict[str, int] | None = None  # a dict: murder_base_levels, by guideline
    decrease: int | None = None
    subsection: str | None = None
    section_applied: str | None = None
    section_label: str | None = None
    chapter: Literal["chapter_two", "chapter_three"] | None = None
    # §3E1.1
    text_a: str | None = None
    text_b: str | None = None
    text_c: str | None = None
    additional_decrease: int | None = None
    additional_threshold: int | None = None
    additional_requires: str | None = None
    # §3B1.1 / §3B1.2 / §2D1.1(a)(5) cap
    organizer_or_leader: int | None = None
    manager_or_supervisor: int | None = None
    other_aggravating_role: int | None = None
    participants_threshold: int | None = None
    minimal_participant: int | None = None
    minor_participant: int | None = None
    between_minimal_and_minor: int | None = None
    text_between: str | None = None
    rule: Literal["none", "ceiling", "graduated"] | None = None
    ceiling: int | None = None
    steps: dict[str, int] = {}
    minimal_cap: int | None = None
    above_cap_to: int | None = None
    with_aggravating_role: str | None = None  # §3B1.3
    # §3A1.1 / §3A1.2
    vulnerable_victim: int | None = None
    vulnerable_victim_subsection: str | None = None
    text_vulnerable: str | None = None
    hate_crime: int | None = None
    text_hate_crime: str | None = None
    large_number_of_vulnerable_victims: int | None = None
    text_large_number: str | None = None
    status: int | None = None
    status_subsection: str | None = None
    assault: int | None = None
    assault_subsection: str | None = None
    apply_greatest: bool | None = None
    status_person_offense: int | None = None
    status_person_offense_subsection: str | None = None
    # §3B1.5, §3A1.4, §3A1.5, §5K3.1, §1B1.1 bounds, §3D1.2(d) list
    involved: int | None = None
    used: int | None = None
    minimum_level: int | None = None
    criminal_history_category: str | None = None
    incitement_to_genocide: int | None = None
    other: int | None = None
    death_resulted_minimum: int | None = None
    maximum_levels: int | None = None
    lowest: int | None = None
    highest: int | None = None
    computed: list[str] = []
    # §5C1.2(a)
    criterion: list[SafetyValveCriterion] = []
    statute_differs: StatuteDiffers | None = None
    # §2K2.4's note (weapon_enhancement_with_924c.toml)
    statutes: list[str] = []
    withholds: list[str] = []
    text_from: str | None = None
    range_rule: Literal["none", "subtract", "upward_departure"] | None = None
    range_text: str | None = None
    violence_text: str | None = None
    fine: bool | None = None
    fine_section: str | None = None
    fine_text: str | None = None


# --- Chapter Four ----------------------------------------------------------------------------

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
    intervening_arrest: bool | None = None
    combine: str | None = None
    traffic_stop_is_arrest: bool | None = None
    convicted_not_sentenced_counted: bool | None = None
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


# --- grids, the fine table, terms --------------------------------------------------------------

class UnitRow(Closed):
    """§3D1.4: levels from the highest offense level to units."""

    from_: str = Field(alias="from")
    to: str | None = None  # absent: "More than ..."
    increase: int
    printed: str


class Band(Closed):
    """§5B1.1/§5C1.1: a zone (or, before zones, a band of minimums) and what it allows."""

    zone: str | None = None
    from_: int | None = Field(default=None, alias="from")
    to: int | None = None
    probation: Literal["authorized", "with_confinement_conditions", "not_authorized"]
    split_sentence: Literal["", "half_minimum", "half_minimum_at_least_one_month", "one_month"]
    subsection: str
    probation_subsection: str


class Grid(Common):
    summary: str | None = None
    cells: dict[str, list[str]] = {}  # Sentencing Table: offense level -> six ranges
    zones: bool | dict[str, list[str]] | None = None
    categories: list[str] = []
    from_points: list[int] = []
    rows: list[UnitRow] = []
    one_unit_within: int | None = None
    half_unit_within: int | None = None
    round_up_except: str | None = None
    bands: list[Band] = []


class FineRow(Closed):
    from_: int | None = Field(default=None, alias="from")
    to: int | None = None
    minimum: int
    maximum: int


class Fine(Common):
    rows: list[FineRow]
    statute_lifts_above: int
    alternative_limits: bool | None = None
    prior_version_for_offenses_before: dt.date | None = None
    prior_version_on: dt.date | None = None


class Terms(Common):
    text: str | None = None
    # §5D1.2
    by_class: dict[str, list[int]] = {}
    statutory_term: list[int] = []
    statutory_minimum_governs: bool | None = None
    required_above_months: int | None = None  # §5D1.1
    # §4A1.2(d)-(e)
    long_sentence_exceeds: str | None = None
    long_window: str | None = None
    other_window: str | None = None
    juvenile_window: str | None = None
    juvenile_confinement_at_least: str | None = None
    text_d: str | None = None
    text_e1: str | None = None
    text_e2: str | None = None


# --- statutes ----------------------------------------------------------------------------------

class Term(Closed):
    min: int | str
    max: int | str


class Tier(Closed):
    base: Term
    death: Term
    prior: Term
    prior_death: Term
    two_priors: Term | None = None
    two_priors_death: Term | None = None
    supervised_release: dict[str, int] = {}
    fine: dict[str, int] = {}


class FelonyClass(Closed):
    class_: str = Field(alias="class")
    words: str
    life: bool = False
    at_least: int | None = None
    more_than: int | None = None


class Statute(Common):
    law: str | None = None
    enacted: dt.date | None = None
    applies_at_sentencing: bool = False
    changes: str | None = None
    # 21 U.S.C. §§ 841(b), 960(b)
    quantities: dict[str, dict[Literal["A", "B", "C"], str]] = {}
    tiers: dict[str, Tier] = {}
    prior_term: str | None = None
    prior_term_C: str | None = None
    prior_term_3: str | None = None
    below_floor: str | None = None
    # 18 U.S.C. § 924(c)
    fixed: bool | None = None
    terms: dict[str, int] = {}
    second_or_subsequent: dict[str, int | str] = {}
    max_months: str | None = None
    second_requires_final_prior: bool | None = None
    # 18 U.S.C. §§ 3559(a), 3571(b), 3561(a)
    rows: list[FelonyClass] = []
    felony: int | None = None
    misdemeanor_A: int | None = None
    other: int | None = None
    barred_classes: list[str] = []


# --- the drug tables ---------------------------------------------------------------------------

class QuantityRow(Closed):
    subdivision: int
    level: int
    at_least: str


class Substance(Closed):
    key: str
    name: str
    measure: Literal["mass", "units", "plants"]
    aliases: list[str] = []
    rows: list[QuantityRow] = Field(min_length=1)


class DrugQuantity(Common):
    substance: list[Substance] = Field(min_length=1)


class Entry(Closed):
    key: str
    name: str
    per: str
    equals: str | None = None
    referents: dict[str, str] = {}
    line: int | None = None
    file: str | None = None
    quote: str | None = None
    printed: bool = True
    derived: str | None = None
    aliases: list[str] = []


class DrugClass(Closed):
    key: str
    name: str
    line: int | None = None
    file: str | None = None
    referent: str | None = None
    minimum_level: int | None = None
    minimum_text: str | None = None
    minimum_line: int | None = None
    minimum_file: str | None = None
    minimum_interpretation: str | None = None
    entries: list[Entry]


class Cap(Closed):
    classes: list[str]
    limit: str
    text: str
    line: int | None = None
    file: str | None = None
    interpretation: str | None = None


class Actual(Closed):
    mixture: str
    actual: str
    rule: Literal["greater", "actual_only"]
    aliases: list[str] = []
    section: str
    source: str | None = None
    text: str


class PlantRule(Closed):
    at_least: int
    each: str


class Plants(Closed):
    substance: str
    names: list[str]
    rules: list[PlantRule]
    section: str
    source: str | None = None
    text: str


class PerUnit(Closed):
    substance: str
    each: str
    binding: bool
    line: int | None = None
    section: str
    source: str | None = None
    text: str


class VolumeUnit(Closed):
    substances: list[str]
    each: str
    section: str
    source: str | None = None
    text: str


class CocaineBase(Closed):
    rule: Literal["per_level", "two_level_reduction"]
    group: str | None = None
    per_level: dict[str, str] = {}
    not_at_least: str | None = None
    not_below: str | None = None
    section: str | None = None
    source: str | None = None
    text: str | None = None


class Special(Closed):
    cocaine_base: CocaineBase | None = None


class ReferentRule(Closed):
    marihuana_only: list[str] = []
    otherwise: str


class DrugEquivalency(Common):
    title: str
    section: str
    measure_key: str
    measure_name: str
    combining: str
    combining_source: str | None = None
    source_file: str
    referents: dict[str, str] = {}
    referent_rule: ReferentRule | None = None
    class_: list[DrugClass] = Field(default=[], alias="class")
    cap: list[Cap] = []
    actual: list[Actual] = []
    plants: Plants | None = None
    per_unit: list[PerUnit] = []
    volume_unit: list[VolumeUnit] = []
    special: Special | None = None


SCHEMAS: dict[Kind, type[Common]] = {
    "characteristic": Characteristic, "adjustment": Adjustment,
    "criminal_history": CriminalHistory, "grid": Grid, "fine": Fine, "terms": Terms,
    "statute": Statute, "drug_quantity": DrugQuantity, "drug_equivalency": DrugEquivalency,
}

#: The kind of every table that is not a §2D1.1 characteristic (those have a ``fact``).
KIND_OF: dict[str, Kind] = {
    **dict.fromkeys((
        "abuse_of_trust", "acceptance_of_responsibility", "aggravating_role",
        "aggregate_grouping", "body_armor", "early_disposition", "false_domain_registration",
        "hate_crime_vulnerable_victim", "mitigating_role", "mitigating_role_cap",
        "murder_base_levels", "obstruction", "offense_level_bounds", "offense_on_release",
        "official_victim", "reckless_endangerment", "restraint_of_victim",
        "safety_valve_criteria", "serious_human_rights_offense", "terrorism", "use_of_minor",
        "weapon_enhancement_with_924c"), "adjustment"),
    **dict.fromkeys((
        "armed_career_criminal", "career_offender", "career_offender_924c",
        "crime_of_violence_points", "criminal_history_departure", "criminal_history_points",
        "minor_offenses", "prior_sentence_rules", "repeat_sex_offender",
        "single_sentence_rule", "status_points", "zero_point_offender"), "criminal_history"),
    **dict.fromkeys(("criminal_history_category", "multiple_count_units", "sentence_options",
                     "sentencing_table"), "grid"),
    "fine_table": "fine",
    **dict.fromkeys(("applicable_time_periods", "supervised_release_imposition",
                     "supervised_release_terms"), "terms"),
    **dict.fromkeys(("drug_statute_841", "drug_statute_960", "felony_classes", "firearm_924c",
                     "general_fine_maximum", "probation_statutory_bar"), "statute"),
    "drug_quantity_table": "drug_quantity",
    "drug_equivalency": "drug_equivalency",
}


def kind_of(name: str, meta: Meta) -> Kind:
    """A table's kind: a §2D1.1 characteristic if it names the case's fact, else listed."""
    if meta.fact is not None:
        return "characteristic"
    try:
        return KIND_OF[name]
    except KeyError:
        raise LookupError(f"table {name!r} has no kind in guidelines/table_schemas.py") from None
