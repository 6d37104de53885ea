"""§2L2.3 (trafficking in a United States passport) and §2L2.4 (fraudulently acquiring or
improperly using a United States passport), Nov. 1, 1987 - Oct. 31, 1993, through the real CLI:
each version's levels, every edge of the number-of-passports table, the refusal of a finding
an edition lacks, and of the dates before and after they existed; hypothesis: more passports
never lower the level.

Sources (under /work/shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
  A481 = lines 14393-14429: both guidelines "deleted in their entirety as follows", quoted:
         §2L2.3 "(a) Base Offense Level: 9", (b)(1) "other than for profit, decrease by 3
         levels", (b)(2) "six or more passports": (A) 6-24 add 2, (B) 25-99 add 4, (C) 100 or
         more add 6; §2L2.4 "(a) Base Offense Level: 6", (b)(1) deported before, +2
  A450 = lines 12594-12601: §2L2.3(b)(2) inserted (Nov. 1, 1992)
  A197 = lines 3897-3902: §2L2.3(a) "6" to "9"; (b)(1) "for profit, increase by 3 levels" to
         "other than for profit, decrease by 3 levels" (Nov. 1, 1989)
  A198 = lines 3903-3915: §2L2.4(b)(1) inserted, the departure note struck (Nov. 1, 1989)
  2016 Manual (manual_2016/GLM2016_fulltext.txt) lines 8105-8111: both "[Deleted]", their
         historical notes listing 197, 450, 481 and 40, 198, 481
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from tests.strategies import chapter_two_level


def _trafficking(tmp_path: Path, facts: str, manual: str) -> Path:
    return case_file(tmp_path, "2L2.3", "passport_trafficking", facts, manual)


def _misuse(tmp_path: Path, facts: str, manual: str) -> Path:
    return case_file(tmp_path, "2L2.4", "passport_misuse", facts, manual)


def _steps(capsys, path: Path) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in calc_json(capsys, path)["steps"]
            if s["chapter"] == "chapter_two"]


# -- §2L2.3 ---------------------------------------------------------------------------------

def test_2l2_3_1987_for_profit_increase(capsys, tmp_path):
    # 1987 (A197 undone): (a) 6; (b)(1) "for profit, increase by 3 levels": 9 (category I:
    # level 9 is read in the 1987 table, unlike level 6)
    assert _steps(capsys, _trafficking(tmp_path, "", "1988-10-15")) == [
        ("§2L2.3(a)", 6), ("§2L2.3(b)(1)", 9)]


@pytest.mark.parametrize("manual", ["1989-11-01", "1991-11-01"])
def test_2l2_3_1989_other_than_for_profit_decrease(capsys, tmp_path, manual):
    assert _steps(capsys, _trafficking(tmp_path, "", manual)) == [("§2L2.3(a)", 9)]
    assert _steps(capsys, _trafficking(tmp_path, "other_than_for_profit = true", manual)) == [
        ("§2L2.3(a)", 9), ("§2L2.3(b)(1)", 6)]


# A481 / A450: 6-24 add 2, 25-99 add 4, 100 or more add 6; edges below, at and above
PASSPORT_EDGES = [(5, 9), (6, 11), (7, 11), (24, 11), (25, 13), (26, 13), (99, 13), (100, 15),
                  (101, 15)]


@pytest.mark.parametrize("manual", ["1992-11-01"])
@pytest.mark.parametrize("passports,level", PASSPORT_EDGES)
def test_2l2_3_passport_edges(capsys, tmp_path, manual, passports, level):
    result = calc_json(capsys, _trafficking(tmp_path, f"passports = {passports}", manual))
    assert result["total_offense_level"] == level


def test_2l2_3_worked_1992(capsys, tmp_path):
    # (a) 9; (b)(1) other than for profit -3 = 6; (b)(2)(B) 30 passports +4 = 10
    assert _steps(capsys, _trafficking(tmp_path, "other_than_for_profit = true\npassports = 30",
                                       "1992-11-01")) == [
        ("§2L2.3(a)", 9), ("§2L2.3(b)(1)", 6), ("§2L2.3(b)(2)(B)", 10)]


@pytest.mark.parametrize("manual", ["1988-10-15", "1991-11-27"])
def test_2l2_3_passports_refused_before_amendment_450(capsys, tmp_path, manual):
    assert len(_steps(capsys, _trafficking(tmp_path, "passports = 5", manual))) >= 1
    err = calc_refused(capsys, _trafficking(tmp_path, "passports = 6", manual))
    assert "offense.passport_trafficking.passports" in err and "Amendment 450" in err


@pytest.mark.parametrize("manual", ["1993-11-01", "2016-11-01"])
def test_2l2_3_refused_from_amendment_481(capsys, tmp_path, manual):
    err = calc_refused(capsys, _trafficking(tmp_path, "", manual))
    assert "offense.guideline" in err and "deleted Nov. 1, 1993 by Amendment 481" in err
    assert 'use guideline = "2L2.1"' in err


# -- §2L2.4 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("manual", ["1989-11-01", "1992-11-01"])
def test_2l2_4_levels(capsys, tmp_path, manual):
    # A481: (a) 6; (b)(1) deported before +2 (level 8, category I: 0-6 from Amendment 462)
    assert _steps(capsys, _misuse(tmp_path, "deported_before = true", manual)) == [
        ("§2L2.4(a)", 6), ("§2L2.4(b)(1)", 8)]


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-01-15"])
def test_2l2_4_deportation_refused_before_amendment_198(capsys, tmp_path, manual):
    err = calc_refused(capsys, _misuse(tmp_path, "deported_before = true", manual))
    assert "offense.passport_misuse.deported_before" in err and "Amendment 198" in err
    assert "upward departure of 2 levels" in err


def test_2l2_4_refused_from_amendment_481(capsys, tmp_path):
    err = calc_refused(capsys, _misuse(tmp_path, "", "1993-11-01"))
    assert "offense.guideline" in err and 'use guideline = "2L2.2"' in err


def test_unknown_key_refused(capsys, tmp_path):
    err = calc_refused(capsys, _misuse(tmp_path, "passports = 3", "1990-11-01"))
    assert "offense.passport_misuse.passports" in err


def test_example_worked_by_hand(capsys):
    result = calc_json(capsys, ROOT / "examples" / "passport-trafficking-1992.toml")
    assert [s["level"] for s in result["steps"] if s["chapter"] == "chapter_two"] == [9, 13]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (12, 18)


@settings(max_examples=40, deadline=None)
@given(passports=st.integers(0, 300), more=st.integers(0, 300), profit=st.booleans())
def test_more_passports_never_lower_the_level(passports, more, profit):
    def level(n: int) -> int:
        return chapter_two_level("1992-11-01", "2L2.3", "passport_trafficking",
                                 {"passports": n, "other_than_for_profit": profit})
    assert level(passports) <= level(passports + more)


def test_misuse_example_worked_by_hand(capsys):
    result = calc_json(capsys, ROOT / "examples" / "passport-misuse-1990.toml")
    assert [s["level"] for s in result["steps"] if s["chapter"] == "chapter_two"] == [6, 8]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (2, 8)
