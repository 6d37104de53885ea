"""The shape of every table under ``tables/``: one pydantic schema per kind of table.

A table file is checked against its kind when it is loaded (``ussg.guidelines.engine.tables``), so a
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
- ``drug_equivalency``: the Drug Equivalency / Conversion Tables, one file a version;
- ``reduction`` and ``covered_amendments``: §1B1.10's versions, and what each amendment it
  covers changed (the tables a sentence reduction substitutes).

The models only check; the engine keeps reading each version's plain mapping, so what it
reads is exactly what the file says. Each kind's schema is in the module of its name
(``guidelines/engine/table_schemas/<kind>.py``), imported when a table of that kind is first loaded.
"""

import datetime as dt
import importlib
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["characteristic", "adjustment", "criminal_history", "grid", "fine", "terms",
               "statute", "drug_quantity", "drug_equivalency", "reduction",
               "covered_amendments"]


class Closed(BaseModel):
    """Strict and closed: no coercion, no key the schema does not name. Built on first
    use (a calculation loads only the tables it needs)."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, defer_build=True)


class Meta(Closed):
    """The keys of a table file above its versions (or of a folder's ``table.toml``)."""

    section: str = Field(min_length=1)
    title: str = Field(min_length=1)
    fact: str | None = None  # §2D1.1 characteristics: the case key that states the fact
    guideline: str | None = None  # a table of a registered Chapter Two guideline ("2K2.1"),
    # whose schema is in that guideline's package (its ``table_schemas.SCHEMAS[name]``)
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


def schema_for(kind: Kind) -> type[Common]:
    """The schema of a kind of table, from its module (imported on first use: a calculation
    builds only the schemas of the tables it loads)."""
    module = importlib.import_module(f"{__name__}.{kind}")
    return getattr(module, SCHEMA_NAMES[kind])


SCHEMA_NAMES: dict[Kind, str] = {
    "characteristic": "Characteristic",
    "adjustment": "Adjustment",
    "criminal_history": "CriminalHistory",
    "grid": "Grid",
    "fine": "Fine",
    "terms": "Terms",
    "statute": "Statute",
    "drug_quantity": "DrugQuantity",
    "drug_equivalency": "DrugEquivalency",
    "reduction": "Reduction",
    "covered_amendments": "CoveredAmendments",
}


#: The kind of every table that is not a §2D1.1 characteristic (those have a ``fact``).
KIND_OF: dict[str, Kind] = {
    **dict.fromkeys((
        "abuse_of_trust", "acceptance_of_responsibility", "aggravating_role",
        "aggregate_grouping", "body_armor", "drug_mixture_of_substances", "early_disposition",
        "false_domain_registration", "firearm_924c_guideline_sentence",
        "hate_crime_vulnerable_victim", "manual_in_effect_policy", "mitigating_role", "mitigating_role_cap",
        "murder_base_levels", "obstruction", "offense_level_bounds", "offense_on_release",
        "official_victim", "reckless_endangerment", "restraint_of_victim",
        "safety_valve_criteria", "sentence_on_each_count", "serious_human_rights_offense",
        "terrorism", "use_of_minor",
        "weapon_enhancement_with_924c"), "adjustment"),
    **dict.fromkeys((
        "armed_career_criminal", "career_offender", "career_offender_924c",
        "crime_of_violence_points", "criminal_history_departure", "criminal_history_points",
        "minor_offenses", "prior_sentence_rules", "repeat_sex_offender",
        "single_sentence_predicates", "single_sentence_rule", "status_points", "zero_point_offender"), "criminal_history"),
    **dict.fromkeys(("criminal_history_category", "multiple_count_units", "sentence_options",
                     "sentencing_table"), "grid"),
    "fine_table": "fine",
    **dict.fromkeys(("applicable_time_periods", "supervised_release_imposition",
                     "supervised_release_terms"), "terms"),
    **dict.fromkeys(("drug_statute_841", "drug_statute_960", "felony_classes", "firearm_924c",
                     "general_fine_maximum", "probation_statutory_bar"), "statute"),
    "drug_quantity_table": "drug_quantity",
    "drug_equivalency": "drug_equivalency",
    "sentence_reduction": "reduction",
    "covered_amendments": "covered_amendments",
}


def schema_of(name: str, meta: Meta) -> type[Common]:
    """The schema a table is checked against: its kind's, or, for a table of a Chapter Two
    guideline (``guideline = "2K2.1"`` at its top), the one that guideline's package declares
    (``guidelines/manual/ch2/s2k2_1/table_schemas.py``: ``SCHEMAS = {name: Model}``), so
    that adding a guideline touches no module here."""
    if meta.guideline is None:
        return schema_for(kind_of(name, meta))
    from ussg.guidelines.manual.ch2.registry import chapter_two_guideline
    guideline = chapter_two_guideline(meta.guideline)
    if guideline is None or guideline.package is None:
        raise LookupError(f"table {name!r} names guideline {meta.guideline!r}, which is not a "
                          f"registered Chapter Two guideline with a package")
    module = importlib.import_module(f"{guideline.package}.table_schemas")
    try:
        return module.SCHEMAS[name]
    except KeyError:
        raise LookupError(f"table {name!r} has no schema in {module.__name__}.SCHEMAS") from None


def kind_of(name: str, meta: Meta) -> Kind:
    """A table's kind: a §2D1.1 characteristic if it names the case's fact, else listed."""
    if meta.fact is not None:
        return "characteristic"
    try:
        return KIND_OF[name]
    except KeyError:
        raise LookupError(f"table {name!r} has no kind in guidelines/engine/table_schemas/") from None
