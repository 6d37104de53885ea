"""Properties of §2D1.1(b) over every supported edition (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


from ussg.guidelines.case.model import Case
from ussg.guidelines.manual.ch2.s2d1_1.drug_characteristics import clauses
from ussg.guidelines.manual.ch2.s2d1_1.drug_trafficking import CHARACTERISTICS
from ussg.guidelines.engine.tables import TableError, load_table

from tests.strategies import SUPPORTED, computed

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

    from ussg.guidelines.case.model import Offense
    from ussg.guidelines.manual.ch2.s2d1_1.drug_trafficking import FIELDS

    for table, _, _ in CHARACTERISTICS:
        raw = tomllib.loads((resources.files("ussg.tables") / f"{table}.toml").read_text("utf-8"))
        assert raw["fact"] in FIELDS[table], table
        assert FIELDS[table] <= set(Offense.model_fields), table


# §2D1.1(b)(13)(B) and (a)(1)-(4): findings whose kind the amendments of 2023 and 2025 made
# matter (the state of mind; the kind of prior conviction).

def _fentanyl_b_days() -> list:
    days = []
    for day in SUPPORTED:
        try:
            version = load_table("drug_fentanyl_misrepresentation").in_force(day)
        except TableError:
            continue
        if version.get("exists", True) and any(
                c["key"] == "marketed_as_legitimate_drug" for c in clauses(version)):
            days.append(day)
    return days


FENTANYL_B_DAYS = _fentanyl_b_days()


def test_fentanyl_b_exists_from_amendment_818() -> None:
    assert FENTANYL_B_DAYS and min(FENTANYL_B_DAYS).isoformat() == "2023-11-01"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FENTANYL_B_DAYS), st.integers(1, 200_000))
def test_a_more_culpable_state_of_mind_never_gives_less(day, grams) -> None:
    """Willful blindness or conscious avoidance of knowledge is the more culpable finding: in
    every edition with (b)(13)(B) it gives at least what reckless disregard gives."""
    def total(state: str) -> int:
        return _total(day, {"fentanyl_misrepresentation": "marketed_as_legitimate_drug",
                            "fentanyl_state_of_mind": state}, grams)
    assert total("willful_blindness_or_conscious_avoidance") >= total("reckless_disregard")


def _death_days() -> list:
    days = []
    for day in SUPPORTED:
        try:
            version = load_table("drug_death_or_injury").in_force(day)
        except TableError:  # the Nov. 1, 2024 - Oct. 31, 2025 gap
            continue
        if version.get("computable", True):
            days.append(day)
    return days


DEATH_DAYS = _death_days()
KINDS = ["felony_drug_offense", "serious_drug_felony", "serious_violent_felony"]
DEATH_STATUTES = ["841(b)(1)(A)", "841(b)(1)(B)", "841(b)(1)(C)", "960(b)(1)", "960(b)(2)",
                  "960(b)(3)"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(DEATH_DAYS), st.sampled_from(DEATH_STATUTES),
       st.sets(st.sampled_from(KINDS), min_size=1), st.sampled_from(KINDS),
       st.integers(1, 200_000))
def test_a_prior_conviction_and_more_kinds_of_it_never_give_less(day, statute, kinds, extra,
                                                                 grams) -> None:
    """Death or serious bodily injury: stating a prior conviction never lowers the level, nor
    does naming one more kind of it (Amendment 817 split (a)(1) by the kind)."""
    def total(injury: dict) -> int:
        return _total(day, {"convictions": [statute],
                            "death_or_serious_bodily_injury": {
                                "established_by": "offense_of_conviction", **injury}}, grams)
    without = total({})
    some = total({"prior_conviction": True, "prior_conviction_kinds": sorted(kinds)})
    more = total({"prior_conviction": True, "prior_conviction_kinds": sorted(kinds | {extra})})
    assert without <= some <= more
