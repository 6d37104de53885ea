"""An offense that states no guideline's facts table is read by the offense model without the
tables' fields, then made the `Offense` the full model would make (guidelines/case/model.py,
``_OffenseAsStated``; README "Speed", issue #17). Nothing about the case may differ: the same
instance field for field and in the same order, the same fields stated, the same dump and
repr, and for a bad offense the same errors at the same places."""

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from ussg.guidelines.case import model
from ussg.guidelines.case.model import Case, Offense
from ussg.guidelines.manual.ch2.registry import chapter_two_guidelines

from tests.conftest import EXAMPLES

TABLES = {g.facts_key for g in chapter_two_guidelines() if g.facts_key}
CATEGORY = {"category": "I"}


def _same_offense(read: Offense, full: Offense) -> None:
    assert type(read) is Offense
    assert read == full
    assert list(read.__dict__) == list(full.__dict__) == list(Offense.model_fields)
    assert read.model_fields_set == full.model_fields_set
    assert repr(read) == repr(full)
    assert read.model_dump() == full.model_dump()
    assert read.model_dump(exclude_unset=True) == full.model_dump(exclude_unset=True)


def _example_offenses() -> list[tuple[str, dict]]:
    offenses = []
    for path in sorted(EXAMPLES.glob("*.toml")):
        data = tomllib.loads(path.read_text())
        if isinstance(data.get("offense"), dict):
            offenses.append((path.name, data))
    return offenses


EXAMPLE_OFFENSES = _example_offenses()


def test_the_model_without_tables_is_the_offense_model_less_its_tables() -> None:
    without = list(model._OffenseStatingNoTable.model_fields)
    assert list(Offense.model_fields) == without + sorted(
        set(Offense.model_fields) - set(without), key=list(Offense.model_fields).index)
    assert set(Offense.model_fields) - set(without) == TABLES
    for name in without:  # the same field: type, default, description
        assert repr(model._OffenseStatingNoTable.model_fields[name]) == repr(
            Offense.model_fields[name])


@pytest.mark.parametrize("name,data", EXAMPLE_OFFENSES, ids=[n for n, _ in EXAMPLE_OFFENSES])
def test_each_example_offense_is_read_as_the_full_model_reads_it(name: str, data: dict) -> None:
    case = Case.model_validate(data)
    _same_offense(case.offense, Offense.model_validate(data["offense"]))


def test_the_examples_take_both_ways() -> None:
    stating = [n for n, d in EXAMPLE_OFFENSES if TABLES & d["offense"].keys()]
    assert stating and len(stating) < len(EXAMPLE_OFFENSES)


def test_a_case_without_an_offense_has_the_default_offense() -> None:
    first = Case.model_validate({"manual": "2025", "criminal_history": CATEGORY})
    second = Case.model_validate({"manual": "2025", "criminal_history": CATEGORY})
    _same_offense(first.offense, Offense())
    assert first.offense.drugs is not second.offense.drugs  # each case its own lists


def test_an_offense_given_as_a_model_is_kept() -> None:
    offense = Offense(guideline="other", offense_level=20)
    case = Case(manual="2025", offense=offense, criminal_history=CATEGORY)
    assert case.offense is offense


BAD_OFFENSES = [
    {"drugs": "cocaine"},
    {"drugs": [{"substance": "cocaine", "quantity": 5}]},
    {"drugs": [{"substance": "cocaine", "quantity": "5 kg", "colour": "white"}]},
    {"dangerous_weapon": "true"},
    {"dangerous_weapon": 1},
    {"guideline": "9Z9.9"},
    {"guideline": "other"},
    {"offense_level": 20},
    {"guideline": "other", "offense_level": True},
    {"base_offense_level": 30, "guideline": "other", "offense_level": 12},
    {"statutory_maximum_life": True, "statutory_maximum_months": 240},
    {"statutory_minimum_months": 120, "statutory_maximum_months": 60},
    {"description": "a\u200bb"},
    {"firarms": {}},
    {"guideline": "2B1.1", "drugs": [{"substance": "cocaine", "quantity": "5 kg"}]},
]


def _errors(error: ValidationError) -> list[tuple]:
    return [(e["loc"], e["type"], e["msg"]) for e in error.errors()]


@pytest.mark.parametrize("offense", BAD_OFFENSES, ids=[str(o) for o in BAD_OFFENSES])
def test_a_bad_offense_gets_the_full_models_errors_in_the_same_places(offense: dict) -> None:
    assert TABLES.isdisjoint(offense)
    with pytest.raises(ValidationError) as full:
        Offense.model_validate(offense)
    with pytest.raises(ValidationError) as read:
        Case.model_validate({"manual": "2025", "offense": offense, "criminal_history": CATEGORY})
    assert _errors(read.value) == [(("offense", *loc), kind, message)
                                   for loc, kind, message in _errors(full.value)]


FACTS = st.fixed_dictionaries({}, optional={
    "guideline": st.sampled_from(["2D1.1", "other", "2B1.1", "2K2.1", "2A1.1", "2C1.5"]),
    "dangerous_weapon": st.booleans(),
    "offense_level": st.integers(-2, 50),
    "base_offense_level": st.integers(0, 45),
    "statutory_maximum_months": st.integers(0, 600),
    "statutory_minimum_months": st.integers(0, 600),
    "description": st.text(max_size=4),
    "drugs": st.lists(st.fixed_dictionaries({
        "substance": st.sampled_from(["cocaine", "heroin", "marihuana", "no such drug"]),
        "quantity": st.sampled_from(["5 kg", "1.5 g", "12 plants", "a lot"])}), max_size=2),
})


@settings(max_examples=150, deadline=None)
@given(FACTS)
def test_any_offense_without_a_table_is_read_or_refused_as_the_full_model_does(offense):
    data = {"manual": "2025", "offense": offense, "criminal_history": CATEGORY}
    try:
        full = Offense.model_validate(offense)
    except ValidationError as error:
        with pytest.raises(ValidationError) as read:
            Case.model_validate(data)
        assert _errors(read.value) == [(("offense", *loc), kind, message)
                                       for loc, kind, message in _errors(error)]
        return
    _same_offense(Case.model_validate(data).offense, full)


@settings(max_examples=150, deadline=None)
@given(FACTS)
def test_the_engines_offense_of_facts_is_the_full_models(offense):
    """``model.offense_of``, which the engine makes of facts taken together (several counts
    grouped, a count's facts), is ``Offense(**values)`` field for field, or its errors."""
    try:
        full = Offense(**offense)
    except ValidationError as error:
        with pytest.raises(ValidationError) as made:
            model.offense_of(offense)
        assert _errors(made.value) == _errors(error)
        return
    _same_offense(model.offense_of(offense), full)
    # as the engine gives them: values already read (Drug instances), not the file's tables
    values = {name: getattr(full, name) for name in full.model_fields_set}
    _same_offense(model.offense_of(values), Offense(**values))


def test_the_engines_offense_of_a_table_is_the_full_models() -> None:
    stating = [d["offense"] for _, d in EXAMPLE_OFFENSES if TABLES & d["offense"].keys()]
    for offense in stating:
        read = Offense.model_validate(offense)
        values = {name: getattr(read, name) for name in read.model_fields_set}
        _same_offense(model.offense_of(values), Offense(**values))
