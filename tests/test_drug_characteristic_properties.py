"""Properties of §2D1.1(b) over every supported edition (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


from guidelines.case import Case
from guidelines.drug_characteristics import clauses
from guidelines.drug_trafficking import CHARACTERISTICS
from guidelines.tables import TableError, load_table

from .strategies import SUPPORTED, computed

#: Enhancing facts (offense key, value) and the table that answers each.
ENHANCEMENTS = [
    ("dangerous_weapon", True, "dangerous_weapon"), ("violence", True, "drug_violence"),
    ("aircraft_or_vessel", "aircraft", "drug_aircraft_or_vessel"),
    ("aircraft_or_vessel", "operation_officer", "drug_aircraft_or_vessel"),
    ("prison_distribution", True, "drug_prison"),
    ("methamphetamine_importation", "importation", "drug_amphetamine_importation"),
    ("mass_marketing", True, "drug_mass_marketing"),
    ("steroid_masking_agent", True, "drug_steroid_masking_agent"),
    ("steroid_to_athlete", True, "drug_steroid_athlete"),
    ("bribed_law_enforcement", True, "drug_bribery"),
    ("maintained_premises", True, "drug_premises"),
    ("fentanyl_misrepresentation", "knowingly_misrepresented", "drug_fentanyl_misrepresentation"),
    ("hazards", ["hazardous_release"], "drug_hazards"),
    ("hazards", ["substantial_risk_to_life_or_environment"], "drug_hazards"),
    ("hazards", ["substantial_risk_to_minor_or_incompetent"], "drug_hazards"),
]


def _exists(entry, day) -> bool:
    """The characteristic, and the clause the value names, are in the edition."""
    _, value, table = entry
    try:
        version = load_table(table).in_force(day)
    except TableError:  # a gap: not entered for that date
        return False
    if not version.get("exists", True):
        return False
    keys = {c["key"] for c in clauses(version)}
    named = value if isinstance(value, list) else [value]
    return all(v in keys for v in named if v is not True)


def _add(facts: dict, key: str, value) -> dict:
    if isinstance(value, list):
        value = sorted(set(facts.get(key, [])) | set(value))
    return {**facts, key: value}


@st.composite
def edition_and_facts(draw):
    day = draw(st.sampled_from(SUPPORTED))
    usable = [e for e in ENHANCEMENTS if _exists(e, day)]
    chosen = draw(st.lists(st.sampled_from(usable))) if usable else []
    extra = draw(st.sampled_from(usable)) if usable else None
    grams = draw(st.integers(1, 200_000))
    facts: dict = {}
    for key, value, _ in chosen:
        facts = _add(facts, key, value) if isinstance(value, list) else {**facts, key: value}
    return day, facts, extra, grams


def _total(day, facts: dict, grams: int) -> int:
    case = Case.model_validate({
        "manual": day.isoformat(), "criminal_history": {"category": "I"},
        "offense": {"drugs": [{"substance": "heroin", "quantity": f"{grams} g"}], **facts}})
    return computed(case).result.total_offense_level


@settings(max_examples=150, deadline=None)
@given(edition_and_facts())
def test_an_enhancement_never_lowers_the_level(pick) -> None:
    day, facts, extra, grams = pick
    if extra is None:
        return
    key, value, _ = extra
    more = _add(facts, key, value)
    assert _total(day, more, grams) >= _total(day, facts, grams)


def test_every_characteristic_table_opens_with_the_1987_state_and_is_ordered() -> None:
    """Each table says what the 1987 Manual had (a version or "exists = false"), so a date
    before a characteristic was added finds "not in this Manual", never "no version"."""
    for table, _, _ in CHARACTERISTICS:
        versions = load_table(table).versions
        assert versions[0].effective.isoformat() == "1987-11-01", table
        for version in versions:
            assert version.verification in {"verbatim", "derived", "unverified"}, table
            assert version.get("checked"), (table, version.effective)
            if version.get("exists", True):
                assert version.get("paragraph", "").startswith("(b)("), (table, version.effective)
                assert version.get("text"), (table, version.effective)


def test_every_characteristic_names_the_case_keys_it_reads() -> None:
    """FIELDS (the quick test) must cover each table's `fact`, or a fact would be skipped."""
    import tomllib
    from importlib import resources

    from guidelines.case import Offense
    from guidelines.drug_trafficking import FIELDS

    for table, _, _ in CHARACTERISTICS:
        raw = tomllib.loads((resources.files("tables") / f"{table}.toml").read_text("utf-8"))
        assert raw["fact"] in FIELDS[table], table
        assert FIELDS[table] <= set(Offense.model_fields), table
