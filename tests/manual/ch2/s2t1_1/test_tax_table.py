"""§2T4.1 (Tax Table), every version of tables/tax_table.toml, read through §2T1.1(a) (and
(a)(1) from Nov. 1, 1993): every line's edge just below, at and just above its threshold, in
each edition the version is in force; the 1987 table's whole-dollar ranges (an amount in cents
between two lines refused); hypothesis: a greater tax loss never lowers the level.

The thresholds below are transcribed here from the sources, not read from the table file
(under /work/shared/reference/ussg/appendix_c_2016/ unless said):
  T1987 = APPENDIX_C_Vol_I.txt lines 4428-4441 (Amendment 237 quotes the deleted table:
          "(A) less than $2,000 6", "(B) $2,000 - $5,000 7", "(C) $5,001 - $10,000 8", ...
          "(M) more than $5,000,000 18")
  T1989 = APPENDIX_C_Vol_I.txt lines 4443-4464 (Amendment 237 inserts: "(A) $2,000 or less 6"
          ... "(S) More than $80,000,000 24"; also lines 15371-15390, Amendment 491 deleting it)
  T1993 = APPENDIX_C_Vol_I.txt lines 15392-15415 (Amendment 491: "(A) $1,700 or less 6" ...
          "(U) More than $80,000,000 26"; also Vol_II lines 6775-6796, Amendment 617 striking it)
  T2001 = APPENDIX_C_Vol_II.txt lines 6798-6814 (Amendment 617: "(A) $2,000 or less 6" ...
          "(N) More than $100,000,000 32")
  T2003 = APPENDIX_C_Vol_II.txt lines 12131-12134 (Amendment 647 adds "(O) More than
          $200,000,000 34", "(P) More than $400,000,000 36"); Supplement lines 4710-4728
  T2015 = APPENDIX_C_Supplement.txt lines 4730-4746 (Amendment 791) = manual_2016/
          GLM2016_fulltext.txt lines 9575-9605 = manual_2025/GLM2025_fulltext.txt lines
          17878-17893 ("(A) $2,500 or less 6" ... "(P) More than $550,000,000 36")
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.error import CaseFileError
from ussg.guidelines.engine.tables import in_force

from tests.manual.ch2.s2t1_1.helpers import level

M = 1_000_000
# (more than, level) of each line after (A); (A)'s level is 6 in every version
T1989 = [(2_000, 7), (5_000, 8), (10_000, 9), (20_000, 10), (40_000, 11), (70_000, 12),
         (120_000, 13), (200_000, 14), (350_000, 15), (500_000, 16), (800_000, 17),
         (1_500_000, 18), (2_500_000, 19), (5 * M, 20), (10 * M, 21), (20 * M, 22),
         (40 * M, 23), (80 * M, 24)]
T1993 = [(1_700, 7), (3_000, 8), (5_000, 9), (8_000, 10), (13_500, 11), (23_500, 12),
         (40_000, 13), (70_000, 14), (120_000, 15), (200_000, 16), (325_000, 17),
         (550_000, 18), (950_000, 19), (1_500_000, 20), (2_500_000, 21), (5 * M, 22),
         (10 * M, 23), (20 * M, 24), (40 * M, 25), (80 * M, 26)]
T2001 = [(2_000, 8), (5_000, 10), (12_500, 12), (30_000, 14), (80_000, 16), (200_000, 18),
         (400_000, 20), (1 * M, 22), (2_500_000, 24), (7 * M, 26), (20 * M, 28), (50 * M, 30),
         (100 * M, 32)]
T2003 = T2001 + [(200 * M, 34), (400 * M, 36)]
T2015 = [(2_500, 8), (6_500, 10), (15_000, 12), (40_000, 14), (100_000, 16), (250_000, 18),
         (550_000, 20), (1_500_000, 22), (3_500_000, 24), (9_500_000, 26), (25 * M, 28),
         (65 * M, 30), (150 * M, 32), (250 * M, 34), (550 * M, 36)]
# T1987: whole-dollar ranges: (first dollar, level); (A) "less than $2,000"
T1987 = [(2_000, 7), (5_001, 8), (10_001, 9), (20_001, 10), (40_001, 11), (80_001, 12),
         (150_001, 13), (300_001, 14), (500_001, 15), (1_000_001, 16), (2_000_001, 17)]
T1987_TOP = (5 * M, 18)  # "(M) more than $5,000,000 18"

ERAS = [  # (editions in which the version is in force, its lines)
    (["1989-11-01", "1992-11-01"], T1989),
    (["1993-11-01", "2000-11-01"], T1993),
    (["2001-11-01", "2002-11-01"], T2001),
    (["2003-01-25", "2003-11-01", "2014-11-01"], T2003),
    (["2015-11-01", "2018-11-01", "2023-11-01", "2025"], T2015),
]


def _tax(manual: str, amount: str) -> int:
    return level(manual, "2T1.1", "tax_evasion", {"tax_loss": amount})


def _edges(lines: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Below, at and above each "More than $X": at $X the line before applies."""
    edges, before = [], 6
    for more_than, lvl in lines:
        edges += [(f"{Decimal(more_than) - Decimal('0.01')}", before), (f"{more_than}", before),
                  (f"{Decimal(more_than) + Decimal('0.01')}", lvl)]
        before = lvl
    return edges


CASES = [(manual, amount, lvl) for manuals, lines in ERAS for manual in manuals
         for amount, lvl in _edges(lines)]


@pytest.mark.parametrize("manual,amount,expected", CASES)
def test_every_line_of_every_version_at_its_edges(manual, amount, expected):
    assert _tax(manual, amount) == expected


def _edges_1987() -> list[tuple[str, int]]:
    edges, before = [("1999.99", 6)], 6
    for first, lvl in T1987:
        edges += [(f"{first - 1}", before), (f"{first}", lvl)]
        before = lvl
    top, lvl = T1987_TOP
    return edges + [(f"{top}", before), (f"{top}.01", lvl), (f"{top + 1}", lvl)]


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15"])
@pytest.mark.parametrize("amount,expected", _edges_1987())
def test_the_original_table_in_whole_dollars(manual, amount, expected):
    assert _tax(manual, amount) == expected


@pytest.mark.parametrize("amount", ["5000.50", "10000.01", "2000000.99"])
def test_cents_between_two_whole_dollar_lines_are_refused(amount):
    with pytest.raises(CaseFileError) as error:
        _tax("1988-01-15", amount)
    assert "offense.tax_evasion.tax_loss" in str(error.value) and "whole dollars" in str(error.value)


def test_less_than_2000_includes_cents_below_it():
    # T1987 "(A) less than $2,000": $1,999.50 is in (A), $2,000 is (B)'s first dollar
    assert _tax("1988-01-15", "1999.50") == 6 and _tax("1988-01-15", "2000") == 7


def _amounts(day: str):
    """Amounts drawn around the lines of the version in force on ``day`` (its own rows)."""
    version = in_force("tax_table", dt.date.fromisoformat(day))
    bounds = [Decimal(str(r.get("more_than") or r.get("at_least")).strip("$").replace(",", ""))
              for r in version["rows"]]
    return st.sampled_from(bounds).flatmap(
        lambda b: st.integers(-200, 200).map(lambda c: max(Decimal(0), b + Decimal(c))))


@settings(max_examples=50, deadline=None)
@given(data=st.data(), day=st.sampled_from(["1987-11-01", "1989-11-01", "1993-11-01", "2001-11-01",
                                            "2003-01-25", "2015-11-01", "2025-11-01"]))
def test_a_greater_tax_loss_never_lowers_the_level(data, day):
    first = data.draw(_amounts(day))
    second = data.draw(_amounts(day))
    low, high = sorted((first, second))
    assert _tax(day, str(low)) <= _tax(day, str(high))
