"""Properties of acceptance, multiple counts and the statutory limits, over any case and
every table version."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


from ussg.guidelines.case.model import Case
from ussg.guidelines.manual.ch3.part_d_multiple_counts import increase_for_units, units_for
from ussg.guidelines.engine.tables import load_table

from tests.strategies import computed, multi_count_cases, single_count_statutory_cases

UNITS = load_table("multiple_count_units").versions
ACCEPTANCE = load_table("acceptance_of_responsibility").versions
LIFE = float("inf")


def _without_acceptance(case: Case) -> Case:
    return case.model_copy(update={"acceptance": type(case.acceptance)()})


@settings(max_examples=150, deadline=None)
@given(st.one_of(single_count_statutory_cases(), multi_count_cases()))
def test_acceptance_never_raises_the_level(case: Case) -> None:
    with_it = computed(case).result
    without = computed(_without_acceptance(case)).result
    assert with_it.total_offense_level <= without.total_offense_level
    assert with_it.table_offense_level <= without.table_offense_level


@settings(max_examples=150, deadline=None)
@given(st.one_of(single_count_statutory_cases(), multi_count_cases()))
def test_the_third_level_never_applies_below_16(case: Case) -> None:
    steps = computed(case).steps
    for index, step in enumerate(steps):
        if step.section == "§3E1.1(b)" and step.changes_level:
            before_a = steps[index - 1]
            assert before_a.section == "§3E1.1(a)"
            level_before = before_a.level - before_a.delta
            assert level_before >= 16, (level_before, step)


@pytest.mark.parametrize("version", ACCEPTANCE, ids=[str(v.effective) for v in ACCEPTANCE])
def test_every_acceptance_version_decreases_and_thresholds_at_16(version) -> None:
    assert version["decrease"] == -2
    if version.get("additional_decrease") is not None:
        assert version["additional_decrease"] == -1
        assert version["additional_threshold"] == 16


def _bounds(result: dict) -> tuple[float, float]:
    counted = [c for c in result["counts"] if not c["consecutive"]]
    low = max((LIFE if c["mandatory_life"] else c["minimum_months"]) for c in counted
              if c["minimum_binds"]) if any(c["minimum_binds"] for c in counted) else 0
    high = sum(LIFE if c["maximum_months"] is None else c["maximum_months"] for c in counted)
    return low, high


def _span(rng: dict) -> tuple[float, float]:
    low = LIFE if rng["min_months"] is None else rng["min_months"]
    high = LIFE if rng["max_months"] is None else rng["max_months"]
    return low, high


@settings(max_examples=200, deadline=None)
@given(st.one_of(single_count_statutory_cases(), multi_count_cases()))
def test_the_final_range_lies_within_the_statutory_bounds(case: Case) -> None:
    result = computed(case).to_json_dict()
    low, high = _bounds(result)
    bounded = _span(result["statutory_range"])
    assert low <= bounded[0] <= bounded[1] <= high, (bounded, low, high)
    cell = _span(result["range"])
    if cell[1] >= low and cell[0] <= high:  # the table range meets the statutory span
        assert cell[0] <= bounded[0] and bounded[1] <= cell[1]
    if "sentence_after_variance" in result:
        added = sum(LIFE if c["mandatory_life"] else c["minimum_months"]
                    for c in result["counts"] if c["consecutive"])
        varied = _span(result["sentence_after_variance"])
        assert low + added <= varied[0] <= varied[1] <= high + added


@pytest.mark.parametrize("version", UNITS, ids=[str(v.effective) for v in UNITS])
def test_the_units_table_is_monotone_and_covers_every_half_unit(version) -> None:
    previous = -1
    for halves in range(2, 61):  # 1 to 30 Units
        units = Decimal(halves) / 2
        increase, _ = increase_for_units(version, units)
        assert previous <= increase <= 5, units
        previous = increase
    assert increase_for_units(version, Decimal(1))[0] == 0
    assert increase_for_units(version, Decimal(6))[0] == 5


@pytest.mark.parametrize("version", UNITS, ids=[str(v.effective) for v in UNITS])
def test_units_fall_as_groups_are_less_serious(version) -> None:
    values = [units_for(version, 40, 40 - behind) for behind in range(0, 20)]
    assert values == sorted(values, reverse=True)
    assert values[0] == 1 and values[4] == 1 and values[5] == Decimal("0.5")
    assert values[8] == Decimal("0.5") and values[9] == 0


def test_both_units_tables_give_the_same_increase() -> None:
    """Amendment 350 (1990) rewrote the table and deleted the rounding rule without changing
    any result: a check that the 1987 reconstruction reads as Amendment 350 says."""
    old, new = UNITS
    for halves in range(2, 61):
        units = Decimal(halves) / 2
        assert increase_for_units(old, units)[0] == increase_for_units(new, units)[0], units


@settings(max_examples=150, deadline=None)
@given(multi_count_cases())
def test_the_combined_level_adds_at_most_five_to_the_most_serious_group(case: Case) -> None:
    result = computed(case).result
    highest = max(g.offense_level for g in result.groups)
    assert highest <= result.combined_offense_level <= highest + 5
