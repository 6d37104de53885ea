"""Properties of the real tables, over every version, and of the engine over any case."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import substances
from ussg.guidelines.engine.editions import CORE_TABLES, manual_dates
from ussg.guidelines.manual.ch5.part_a_sentencing_table import (CATEGORIES, UNKNOWN_CELL,
                                                                guideline_range)
from ussg.guidelines.engine.tables import TableError, in_force, load_table, table_names

from tests.strategies import SUPPORTED, UNIT_OF, amounts, cases, computed, edition_and_substance

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


def test_a_date_is_supported_exactly_when_every_core_table_has_its_version_in_force() -> None:
    """Over every date the Manual changed (editions.toml), supported or not: a supported
    edition finds, in each core table, the version the table file dates latest on or before
    it; an edition that is not supported is refused by at least one core table."""
    for edition in manual_dates():
        refusals = []
        for name in CORE_TABLES:
            try:
                version = load_table(name).in_force(edition.effective)
            except TableError as error:
                refusals.append(str(error))
                continue
            assert version.effective == _latest_on_or_before(name, edition.effective)
        assert edition.supported == (not refusals), (edition.effective, refusals)
    assert SUPPORTED and len(SUPPORTED) < len(manual_dates())  # both kinds are exercised


def test_other_tables_answer_or_refuse_but_never_fall_back() -> None:
    for day in SUPPORTED:
        for name in table_names():
            table = load_table(name)
            try:
                version = table.in_force(day)
            except TableError:
                # refused: a gap, after its review, or before a first version that says why
                # (a guideline entered from a later edition, e.g. §2G2.1 from Nov. 1, 2004)
                assert (any(a <= day <= b for a, b in table.gaps)
                        or day > table.reviewed_through
                        or (day < table.versions[0].effective and table.before_first_version))
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


def _file_dates(name: str) -> tuple[list[dt.date], dt.date, list[tuple[dt.date, dt.date]]]:
    """The effective dates, reviewed_through and gaps as the table's file(s) write them,
    read here without ussg.guidelines.engine.tables: the oracle for the property below."""
    root = resources.files("ussg.tables")
    if (root / f"{name}.toml").is_file():
        raw = tomllib.loads((root / f"{name}.toml").read_text())
        meta, dates = raw, [v["effective"] for v in raw["version"]]
    else:
        meta = tomllib.loads((root / name / "table.toml").read_text())
        dates = [tomllib.loads(f.read_text())["effective"] for f in (root / name).iterdir()
                 if f.name.endswith(".toml") and f.name != "table.toml"]
    return dates, meta["reviewed_through"], [tuple(g) for g in meta.get("gaps", [])]


def _latest_on_or_before(name: str, day: dt.date) -> dt.date | None:
    return max((d for d in _file_dates(name)[0] if d <= day), default=None)


@st.composite
def table_and_date(draw) -> tuple[str, dt.date]:
    """A table, and a date where its answer changes: a day either side of each version's
    effective date, of reviewed_through and of each gap's ends, or any day from the month
    before the first Manual to two years after reviewed_through."""
    name = draw(st.sampled_from(table_names()))
    dates, reviewed, gaps = _file_dates(name)
    edges = [*dates, reviewed + ONE_DAY, *(d for gap in gaps for d in gap)]
    day = draw(st.one_of(
        st.builds(lambda d, shift: d + shift * ONE_DAY, st.sampled_from(edges),
                  st.integers(-1, 1)),
        st.dates(min_value=dt.date(1987, 10, 1), max_value=reviewed + 730 * ONE_DAY)))
    return name, day


ONE_DAY = dt.timedelta(days=1)


@settings(max_examples=1000, deadline=None)
@given(table_and_date())
def test_version_picked_is_latest_on_or_before_and_refused_after_review_or_in_a_gap(
        pick: tuple[str, dt.date]) -> None:
    """§1B1.11(a) applies the Manual in effect on a date: the table version in force is the
    one whose effective date is the latest on or before it. A date after the table was
    reviewed through, in one of its gaps, or before its first version is refused (never
    answered with the version before: a later amendment may have changed it)."""
    name, day = pick
    dates, reviewed, gaps = _file_dates(name)
    expected = _latest_on_or_before(name, day)
    table = load_table(name)
    if day > reviewed:
        with pytest.raises(TableError, match="only checked against amendments through"):
            table.in_force(day)
    elif any(start <= day <= end for start, end in gaps):
        with pytest.raises(TableError, match="are not entered yet"):
            table.in_force(day)
    elif expected is None:
        with pytest.raises(TableError, match="has no version in force"):
            table.in_force(day)
    else:
        version = table.in_force(day)
        assert version.effective == expected
        assert version.effective <= day
        assert not [d for d in dates if version.effective < d <= day]
        assert version is in_force(name, day)  # the cached answer is the same version
