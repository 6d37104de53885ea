"""Which Manual applies (§1B1.11(a)) and how editions are named."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ussg.guidelines.engine.editions import (EditionError, edition_in_force, edition_named,
                                             manual_dates)


def test_leon_sentencing_date_uses_1993_edition_with_amendment_509() -> None:
    edition = edition_in_force(dt.date(1994, 9, 28))
    assert edition.edition == dt.date(1993, 11, 1)
    assert edition.in_force == dt.date(1994, 9, 23)
    assert "Nov. 1, 1993 edition" in edition.label and "Amendment 509" in edition.label


def test_a_year_names_its_nov_1_edition() -> None:
    assert edition_named("2025").in_force == dt.date(2025, 11, 1)
    assert edition_named("1994").in_force == dt.date(1994, 11, 1)
    assert edition_named("1993-11-01").interim == ()


# A year within the calendar with no Nov. 1 edition (1988, 1999) names the dates that are:
# tests/cli/test_readable_cli.py.
@pytest.mark.parametrize("name", ["1850", "nineteen", "1993-11-02", "2031"])
def test_unknown_editions_list_the_supported_ones(name: str) -> None:
    with pytest.raises(EditionError, match="supported: .*2025-11-01"):
        edition_named(name)


SUPPORTED = [d.effective for d in manual_dates() if d.supported]


@given(st.dates(min_value=dt.date(1987, 11, 1), max_value=dt.date(2030, 12, 31)))
def test_the_date_in_force_is_the_latest_change_on_or_before(day: dt.date) -> None:
    changes = [d.effective for d in manual_dates() if d.effective <= day]
    latest = max(changes)
    if latest not in SUPPORTED:
        with pytest.raises(EditionError):
            edition_in_force(day)
        return
    edition = edition_in_force(day)
    assert edition.in_force == latest
    assert edition.edition <= edition.in_force <= day
