"""§2B1.4 (Insider Trading, from Nov. 1, 2001) and the former §2F1.2 (Nov. 1, 1987 - Oct. 31,
2001): the gain at every edge of each version (just below, at, just above; the loss table of
the same date), the floor of 14 the day before and the day Amendment 761 brought it, the
deletion of §2F1.2 and the start of §2B1.4, computed in-process; a worked case per era
through the real command line; the refusals.

Sources (under /work/shared/reference/ussg/appendix_c_2016/ unless a Manual is named):
  A617a = APPENDIX_C_Vol_II.txt lines 6352-6357 (§2F1.2 as struck: "Increase by the number of
          levels from the table in §2F1.1 corresponding to the gain"), 5829, 7665
  A617b = APPENDIX_C_Vol_II.txt lines 6375-6383 (§2B1.4 inserted: "exceeded $5,000 ...
          §2B1.1")
  A761  = APPENDIX_C_Supplement.txt lines 96-99 (Nov. 1, 2012: (b)(2), the floor of 14)
  A791  = APPENDIX_C_Supplement.txt line 4616 (Nov. 1, 2015: $6,500)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 2585-2593; S2025 = manual_2025/
          GLM2025_fulltext.txt lines 5558-5568
  Loss tables: tables/fraud_deceit_loss_table.toml (1987: App. C Vol. I lines 3104-3117;
  1989: lines 3119-3138), tables/theft_fraud_loss_table.toml (2001, 2003, 2015 rows)
"""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "insider_trading"
FORMER = "insider_trading_2f1_2"


def _case(facts: dict, day: str, guideline: str = "2B1.4", key: str = KEY) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
            "offense": {"guideline": guideline, key: facts}}
    return Case.model_validate(data)


def _steps(facts: dict, day: str, guideline: str = "2B1.4",
           key: str = KEY) -> list[tuple[str, int, str]]:
    computation = calculate(_case(facts, day, guideline, key))
    return [(s.section, s.level, s.change) for s in computation.steps
            if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str, guideline: str = "2B1.4", key: str = KEY) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day, guideline, key))
    return str(error.value)


# §2B1.4, Nov. 1, 2001 - Oct. 31, 2015 (A617b): over $5,000 the §2B1.1 table (more than $5,000
# add 2, more than $10,000 add 4).
@pytest.mark.parametrize("gain,level,change", [
    ("$5,000", 8, "no increase"), ("$5,000.01", 10, "+2"), ("$10,000", 10, "+2"),
    ("$10,000.01", 12, "+4")])
def test_gain_2001_to_2015(gain, level, change):
    for day in ("2001-11-01", "2015-10-31"):
        assert _steps({"gain": gain}, day) == [("§2B1.4(a)", 8, "= 8"),
                                               ("§2B1.4(b)(1)", level, change)]


# From Nov. 1, 2015 (A791; S2016 line 2591; S2025 the same): over $6,500; the §2B1.1 table of
# 2015 (more than $6,500 add 2, more than $15,000 add 4).
@pytest.mark.parametrize("gain,level", [("$6,500", 8), ("$6,500.01", 10), ("$15,000", 10),
                                        ("$15,000.01", 12)])
def test_gain_from_2015(gain, level):
    assert _steps({"gain": gain}, "2015-11-01")[-1][:2] == ("§2B1.4(b)(1)", level)
    assert _steps({"gain": gain}, "2025-11-01")[-1][:2] == ("§2B1.4(b)(1)", level)


def test_the_organized_scheme_from_2012():
    """A761: refused on Oct. 31, 2012; from Nov. 1, 2012 the level determined above raised
    to 14 (12 for $30,000, more than $10,000 add 4 in the 2003 table), 14 and more kept."""
    message = _refused({"gain": "$30,000", "organized_scheme": True}, "2012-10-31")
    assert f"{KEY}.organized_scheme" in message and "Amendment 761" in message
    assert _steps({"gain": "$30,000", "organized_scheme": True}, "2012-11-01")[1:] == [
        ("§2B1.4(b)(1)", 12, "+4"), ("§2B1.4(b)(2)", 14, "→ 14")]
    # more than $30,000 add 6 (2003 table): 14, not less than 14
    assert _steps({"gain": "$30,000.01", "organized_scheme": True}, "2012-11-01")[-1] == (
        "§2B1.4(b)(2)", 14, "no change")


def test_2b1_4_starts_nov_1_2001_and_2f1_2_ends():
    assert "Nov. 1, 2001" in _refused({"gain": "$8,000"}, "2001-10-31")
    message = _refused({"gain": "$8,000"}, "2001-11-01", "2F1.2", FORMER)
    assert "Amendment 617" in message and "2B1.4" in message


# §2F1.2, Nov. 1, 1987 - Oct. 31, 1989 (A617a with §2F1.1's original whole-dollar lines:
# "$2,000 or less no increase", $2,001 - $5,000 +1, $5,001 - $10,000 +2).
@pytest.mark.parametrize("gain,level,change", [
    ("$2,000", 8, "no increase"), ("$2,001", 9, "+1"), ("$5,000", 9, "+1"),
    ("$5,001", 10, "+2")])
def test_2f1_2_gain_1987(gain, level, change):
    assert _steps({"gain": gain}, "1988-01-15", "2F1.2", FORMER) == [
        ("§2F1.2(a)", 8, "= 8"), ("§2F1.2(b)(1)", level, change)]


def test_2f1_2_between_two_whole_dollar_lines_is_refused():
    assert f"{FORMER}.gain" in _refused({"gain": "$2,000.50"}, "1988-01-15", "2F1.2", FORMER)


# §2F1.2, Nov. 1, 1989 - Oct. 31, 2001: Amendment 154's §2F1.1 table (more than $2,000 +1,
# $5,000 +2, $40,000 +5).
@pytest.mark.parametrize("gain,level", [("$2,000", 8), ("$2,000.01", 9), ("$5,000", 9),
                                        ("$5,000.01", 10), ("$40,000", 12),
                                        ("$40,000.01", 13)])
def test_2f1_2_gain_1989_to_2001(gain, level):
    for day in ("1989-11-01", "2001-10-31"):
        assert _steps({"gain": gain}, day, "2F1.2", FORMER)[-1][:2] == ("§2F1.2(b)(1)", level)


def test_the_versions_and_their_verification():
    assert [(str(v.effective), v.verification) for v in load_table(KEY).versions] == [
        ("2001-11-01", "verbatim"), ("2012-11-01", "derived"), ("2015-11-01", "verbatim")]
    assert [(str(v.effective), v.verification) for v in load_table(FORMER).versions] == [
        ("1987-11-01", "derived"), ("2001-11-01", "verbatim")]


def test_worked_case_2025(capsys):
    """examples/insider-trading-2025.toml, worked by hand in its comments from S2025."""
    result = calc_json(capsys, ROOT / "examples" / "insider-trading-2025.toml")
    assert chapter_two_steps(result) == [("§2B1.4(a)", 8), ("§2B1.4(b)(1)", 12),
                                         ("§2B1.4(b)(2)", 14)]
    assert result["total_offense_level"] == 12
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}


def test_worked_case_1995_2f1_2(capsys):
    """examples/insider-trading-2f1.2-1995.toml: 8 + 6 ($85,000, more than $70,000) = 14."""
    result = calc_json(capsys, ROOT / "examples" / "insider-trading-2f1.2-1995.toml")
    assert chapter_two_steps(result) == [("§2F1.2(a)", 8), ("§2F1.2(b)(1)", 14)]
    assert result["range"] == {"min_months": 15, "max_months": 21, "life": False}


def test_worked_case_2005_era(capsys, tmp_path):
    """The Nov. 1, 2004 Manual (A617b; §2B1.1's table of 2003: more than $120,000 add 10):
    a gain of $150,000: 8 + 10 = 18."""
    path = case_file(tmp_path, "2B1.4", KEY, 'gain = "$150,000"', "2004")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2B1.4(a)", 8),
                                                          ("§2B1.4(b)(1)", 18)]


def test_refusals_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2B1.4", KEY, 'gain = "$9,000"\norganized_scheme = true', "2011")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.organized_scheme" in err and "Amendment 761" in err
    path = case_file(tmp_path, "2B1.4", KEY, "gain = 9000.5", "2025")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.gain" in err and "Traceback" not in err
