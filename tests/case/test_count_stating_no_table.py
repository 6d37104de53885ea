"""A count that states no guideline's facts table is read by the count model without the
tables' fields, then made the `Count` the full model would make (guidelines/case/model.py,
``_Counts``; README "Speed", issue #17), as the single-count offense is
(tests/case/test_offense_stating_no_table.py). Nothing about the case may differ: the same
instance field for field and in the same order, the same fields stated, the same dump and
repr, and for a bad count the same errors at the same places."""

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from ussg.guidelines.case import model
from ussg.guidelines.case.model import Case, Offense, count_model

from tests.case.test_offense_stating_no_table import BAD_OFFENSES, FACTS, TABLES, _errors
from tests.conftest import EXAMPLES

CATEGORY = {"category": "I"}
STATUTE = {"statute": "21 U.S.C. § 841(a)(1), (b)(1)(C)"}


def _same_count(read, full) -> None:
    Count = count_model()
    assert type(read) is Count
    assert read == full
    assert list(read.__dict__) == list(full.__dict__) == list(Count.model_fields)
    assert read.model_fields_set == full.model_fields_set
    assert repr(read) == repr(full)
    assert read.model_dump() == full.model_dump()
    assert read.model_dump(exclude_unset=True) == full.model_dump(exclude_unset=True)


def _example_counts() -> list[tuple[str, dict]]:
    found = []
    for path in sorted(EXAMPLES.glob("*.toml")):
        data = tomllib.loads(path.read_text())
        if data.get("counts"):
            found.append((path.name, data))
    return found


EXAMPLE_COUNTS = _example_counts()


def test_the_model_without_tables_is_the_count_model_less_its_tables() -> None:
    Count = count_model()
    without = list(model._count_stating_no_table_model().model_fields)
    assert set(Count.model_fields) - set(without) == TABLES
    assert [n for n in Count.model_fields if n not in TABLES] == without
    own = [n for n in Count.model_fields if n not in Offense.model_fields]
    assert own == ["name", "group", "grouping", "adjustments"]
    for name in without:  # the same field: type, default, description
        assert repr(model._count_stating_no_table_model().model_fields[name]) == repr(
            Count.model_fields[name])


@pytest.mark.parametrize("name,data", EXAMPLE_COUNTS, ids=[n for n, _ in EXAMPLE_COUNTS])
def test_each_example_count_is_read_as_the_full_model_reads_it(name: str, data: dict) -> None:
    case = Case.model_validate(data)
    assert len(case.counts) == len(data["counts"])
    for read, raw in zip(case.counts, data["counts"]):
        _same_count(read, count_model().model_validate(raw))


def test_the_examples_take_both_ways() -> None:
    counts = [raw for _, data in EXAMPLE_COUNTS for raw in data["counts"]]
    stating = [raw for raw in counts if TABLES & raw.keys()]
    assert stating and len(stating) < len(counts)


def test_a_count_given_as_a_model_is_kept() -> None:
    count = count_model()(guideline="other", offense_level=20, name="Count 1", **STATUTE)
    case = Case(manual="2025", counts=[count], criminal_history=CATEGORY)
    assert case.counts[0] is count


BAD_COUNTS = [*BAD_OFFENSES,
              {"name": 5}, {"group": ["a"]}, {"grouping": "e"}, {"adjustments": "none"},
              {"adjustments": {"role": {"aggravating": "boss"}}}]


@pytest.mark.parametrize("count", BAD_COUNTS, ids=[str(c) for c in BAD_COUNTS])
def test_a_bad_count_gets_the_full_models_errors_in_the_same_places(count: dict) -> None:
    assert TABLES.isdisjoint(count)
    with pytest.raises(ValidationError) as full:
        count_model().model_validate(count)
    with pytest.raises(ValidationError) as read:
        Case.model_validate({"manual": "2025", "counts": [STATUTE, count],
                             "criminal_history": CATEGORY})
    assert _errors(read.value) == [(("counts", 1, *loc), kind, message)
                                   for loc, kind, message in _errors(full.value)]


COUNT_FACTS = st.tuples(FACTS, st.fixed_dictionaries({}, optional={
    "name": st.text(max_size=3), "group": st.sampled_from(["A", "B"]),
    "grouping": st.sampled_from(["a", "d"])})).map(lambda pair: {**pair[0], **pair[1]})


@settings(max_examples=100, deadline=None)
@given(COUNT_FACTS)
def test_any_count_without_a_table_is_read_or_refused_as_the_full_model_does(count):
    try:
        full = count_model().model_validate(count)
    except ValidationError as error:
        with pytest.raises(ValidationError) as read:
            Case.model_validate({"manual": "2025", "counts": [count],
                                 "criminal_history": CATEGORY})
        assert _errors(read.value)[:len(error.errors())] == [
            (("counts", 0, *loc), kind, message) for loc, kind, message in _errors(error)]
        return
    try:
        case = Case.model_validate({"manual": "2025", "counts": [count],
                                    "criminal_history": CATEGORY})
    except ValidationError as error:  # the case refuses it (e.g. a statute is required
        # with several counts): never for the count's own fields
        assert all(e["loc"][:2] != ("counts", 0) or len(e["loc"]) == 2
                   for e in error.errors()), error
        return
    _same_count(case.counts[0], full)
