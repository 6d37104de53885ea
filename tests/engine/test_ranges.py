"""A guideline range's ends as terms of imprisonment: one type for a term, life included.

Every cell of every Sentencing Table version gives the same range whether built from its
months or from its ends as terms, and the ends read as the cell prints them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.engine.term import LIFE, LIFE_MONTHS, Term, parse_term
from ussg.guidelines.manual.ch5.part_a_sentencing_table import guideline_range

CATEGORIES = ("I", "II", "III", "IV", "V", "VI")


def _cells():
    table = load_table("sentencing_table")
    for version in table.versions:
        if version.get("exists", True) is False:
            continue
        for level in range(1, 44):
            for category in CATEGORIES:
                try:
                    yield version, level, category, guideline_range(version, level, category)
                except CaseError:  # a cell the table does not know (1987's "0-?")
                    continue


def test_every_cell_round_trips_through_terms() -> None:
    seen = 0
    for _, level, category, cell in _cells():
        assert GuidelineRange.from_terms(cell.minimum, cell.maximum) == cell, (level, category)
        assert cell.months == ((LIFE_MONTHS if cell.minimum.life else cell.minimum.months),
                               (LIFE_MONTHS if cell.maximum.life else cell.maximum.months))
        seen += 1
    assert seen > 258


def test_level_43_is_life_and_level_42_reaches_it() -> None:
    """Sentencing Table (2016 and 2025): level 43 is "life" in every category; level 42,
    Category I, is "360-life"."""
    table = load_table("sentencing_table").in_force(dt.date(2025, 11, 1))
    life = guideline_range(table, 43, "I")
    assert life.minimum == LIFE and life.maximum == LIFE
    reaching = guideline_range(table, 42, "I")
    assert reaching.minimum == parse_term("30 years") and reaching.maximum == LIFE


def test_a_range_is_in_whole_months() -> None:
    with pytest.raises(ValueError):
        GuidelineRange.from_terms(Term(months=1, days=15), Term(months=6))
