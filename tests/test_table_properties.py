"""Properties of the real tables, over every version, and of the engine over any case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


from guidelines.case import Case
from guidelines.drug_quantity import substances
from guidelines.editions import CORE_TABLES, manual_dates
from guidelines.sentencing_table import CATEGORIES, UNKNOWN_CELL, guideline_range
from guidelines.tables import TableError, load_table, table_names

from .strategies import SUPPORTED, UNIT_OF, amounts, cases, computed, edition_and_substance

DQT = load_table("drug_quantity_table").versions
SENTENCING = load_table("sentencing_table").versions


def test_there_are_drug_quantity_table_versions() -> None:
    assert len(DQT) >= 3


@pytest.mark.parametrize("version", DQT, ids=[str(v.effective) for v in DQT])
def test_thresholds_increase_and_levels_never_fall_with_quantity(version) -> None:
    for substance in substances(version):
        rows = list(reversed(substance.rows))  # lowest level first
        assert rows[0].at_least.amount == 0, substance.name
        for lower, upper in zip(rows, rows[1:]):
            assert upper.at_least.amount > lower.at_least.amount, substance.name
            assert upper.level >= lower.level, substance.name
        assert all(r.at_least.dimension == substance.measure or r.at_least.amount == 0
                   for r in rows), substance.name


@pytest.mark.parametrize("version", DQT, ids=[str(v.effective) for v in DQT])
def test_every_version_cites_its_source(version) -> None:
    assert version.source and version.get("checked")
    assert version.verification in {"verbatim", "derived", "unverified"}


def _minimum(version, level: int, category: str) -> int | None:
    """A cell's minimum; 0 for the 1987 cells whose text is not known ("0-?": one of
    0-1 ... 0-6, tables/sentencing_table.toml)."""
    if version["cells"][str(level)][CATEGORIES.index(category)] == UNKNOWN_CELL:
        return 0
    return guideline_range(version, level, category).min_months


@pytest.mark.parametrize("version", SENTENCING, ids=[str(v.effective) for v in SENTENCING])
def test_sentencing_table_is_complete_monotone_and_within_the_25_percent_rule(version) -> None:
    for level in range(1, 44):
        for category in CATEGORIES:
            if version["cells"][str(level)][CATEGORIES.index(category)] == UNKNOWN_CELL:
                continue
            cell = guideline_range(version, level, category)
            if cell.min_months is None:  # life: only at the top of the table
                assert level == 43 or guideline_range(version, level + 1, category).life
                continue
            if not cell.life:
                # 28 U.S.C. § 994(b)(2): max <= greater of min + 25% and min + 6 months
                assert cell.max_months <= max(cell.min_months * Decimal("1.25"),
                                              cell.min_months + 6), (level, category)
            if level > 1:
                assert cell.min_months >= _minimum(version, level - 1, category), (level, category)
            index = CATEGORIES.index(category)
            if index:
                left = _minimum(version, level, CATEGORIES[index - 1])
                assert left is not None and cell.min_months >= left


def test_the_1987_table_is_the_1989_table_with_its_0_6_cells_unknown() -> None:
    """Amendment 270 (1989) changed only the zero-minimum cells, each to 0-6."""
    original, amended = SENTENCING[0], SENTENCING[1]
    assert (original.effective, amended.effective, amended.amendments) == (
        dt.date(1987, 11, 1), dt.date(1989, 11, 1), (270,))
    unknown = 0
    for level in range(1, 44):
        for before, after in zip(original["cells"][str(level)], amended["cells"][str(level)]):
            assert before == (UNKNOWN_CELL if after == "0-6" else after), level
            unknown += before == UNKNOWN_CELL
    assert unknown == 21
    assert not any(UNKNOWN_CELL in v["cells"][str(level)]
                   for v in SENTENCING[1:] for level in range(1, 44))


def test_every_supported_edition_has_every_core_table_in_force() -> None:
    for day in SUPPORTED:
        for name in CORE_TABLES:
            load_table(name).in_force(day)  # raises if none


def test_other_tables_answer_or_refuse_but_never_fall_back() -> None:
    for day in SUPPORTED:
        for name in table_names():
            table = load_table(name)
            try:
                version = table.in_force(day)
            except TableError:
                assert any(a <= day <= b for a, b in table.gaps) or day > table.reviewed_through
                continue
            later = [v for v in table.versions if version.effective < v.effective <= day]
            assert not later


def test_every_table_version_names_its_amendments_and_source() -> None:
    for name in table_names():
        for version in load_table(name).versions:
            assert "amendments" in version.data and version.source, (name, version.effective)


@settings(max_examples=200, deadline=None)
@given(cases())
def test_table_level_is_always_1_to_43(case: Case) -> None:
    result = computed(case).result
    assert 1 <= result.table_offense_level <= 43
    if 1 <= result.total_offense_level <= 43:
        assert result.table_offense_level == result.total_offense_level


@settings(max_examples=300, deadline=None)
@given(edition_and_substance(), amounts(), amounts())
def test_more_quantity_never_lowers_the_base_level(pick, first, extra) -> None:
    day, substance = pick
    unit = UNIT_OF[substance.measure]

    def base(amount: Decimal) -> int:
        case = Case.model_validate({
            "manual": day.isoformat(), "criminal_history": {"category": "I"},
            "offense": {"drugs": [{"substance": substance.key, "quantity": f"{amount} {unit}"}]},
        })
        return [s for s in computed(case).steps if s.chapter == "chapter_two"][0].level

    assert base(first + extra) >= base(first)


def test_manual_dates_are_unique_and_sorted() -> None:
    dates = [d.effective for d in manual_dates()]
    assert dates == sorted(set(dates))


@given(st.sampled_from(table_names()), st.dates(min_value=dt.date(1987, 11, 1)))
def test_version_picked_is_latest_on_or_before(name: str, day: dt.date) -> None:
    table = load_table(name)
    eligible = [v for v in table.versions if v.effective <= day]
    refused = day > table.reviewed_through or any(a <= day <= b for a, b in table.gaps)
    if not eligible or refused:
        with pytest.raises(TableError):
            table.in_force(day)
        return
    assert table.in_force(day) is eligible[-1]
