"""§2B6.1 (Altering or Removing Motor Vehicle Identification Numbers, ...) in every edition:
(b)(1)'s retail value at every edge of each version (just below, at, just above; the loss table
of the same date), (b)(2) and the floor of 14 the day before and the day an amendment changed
them, computed in-process; a worked case per era through the real command line; the refusals;
hypothesis over the loss tables' own rows: more retail value never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 3305-3315 ((a) 3307, (b)(1) 3311, (b)(2)
          3313, (b)(3) 3315); S2025 = manual_2025/GLM2025_fulltext.txt lines 6982-7000
  A117  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 1997-2000 (Nov. 1, 1989: (b)(2) +2)
  A118  = APPENDIX_C_Vol_I.txt lines 2011-2013 ("organized criminal activity" -> "an organized
          scheme to steal vehicles or vehicle parts, or to receive ...")
  A617  = APPENDIX_C_Vol_II.txt lines 6539-6547 (Nov. 1, 2001: (b)(1) "exceeded $2,000 ...
          table in §2F1.1" -> (A) $2,000-$5,000 +1, (B) over $5,000 §2B1.1's table)
  A791  = APPENDIX_C_Supplement.txt lines 4670-4672 (Nov. 1, 2015: $2,500 and $6,500)
  Loss tables: tables/fraud_deceit_loss_table.toml (1987: App. C Vol. I lines 3104-3117;
  1989: lines 3119-3138), tables/theft_fraud_loss_table.toml (2001, 2015 rows)
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "vehicle_identification_numbers"
EXAMPLE = ROOT / "examples" / "vin-2016.toml"


def _case(facts: dict, day: str) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2B6.1", KEY: facts}}
    return Case.model_validate(data)


def _steps(facts: dict, day: str) -> list[tuple[str, int, str]]:
    computation = calculate(_case(facts, day))
    return [(s.section, s.level, s.change) for s in computation.steps
            if s.chapter == "chapter_two"]


def _value(value: str, day: str) -> tuple[str, int]:
    """(b)(1)'s step for a retail value: its section and the level after it."""
    section, level, _ = _steps({"retail_value": value}, day)[1]
    return section, level


def _refused(facts: dict, day: str) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day))
    return str(error.value)


# Nov. 1, 1987 - Oct. 31, 1989: §2F1.1's original table of whole-dollar lines ($2,001 - $5,000
# +1, $5,001 - $10,000 +2; App. C Vol. I lines 3104-3117); (b)(1) "exceeded $2,000" (A617).
@pytest.mark.parametrize("value,section,level", [
    ("$2,000", "§2B6.1(b)(1)", 8), ("$2,001", "§2B6.1(b)(1)", 9), ("$5,000", "§2B6.1(b)(1)", 9),
    ("$5,001", "§2B6.1(b)(1)", 10)])
def test_retail_value_1987(value, section, level):
    assert _value(value, "1988-01-15") == (section, level)


def test_between_two_whole_dollar_lines_is_refused_1987():
    assert f"{KEY}.retail_value" in _refused({"retail_value": "$2,000.50"}, "1988-01-15")


# Nov. 1, 1989 - Oct. 31, 2001: Amendment 154's §2F1.1 table (more than $2,000 +1, more than
# $5,000 +2 ... more than $40,000 +5; App. C Vol. I lines 3119-3138).
@pytest.mark.parametrize("value,level", [
    ("$2,000", 8), ("$2,000.01", 9), ("$5,000", 9), ("$5,000.01", 10), ("$40,000", 12),
    ("$40,000.01", 13)])
def test_retail_value_1989_to_2001(value, level):
    assert _value(value, "1989-11-01")[1] == level
    assert _value(value, "2001-10-31")[1] == level


# Nov. 1, 2001 - Oct. 31, 2015 (A617): (A) over $2,000 up to $5,000 +1; (B) over $5,000 the
# §2B1.1 table (more than $5,000 add 2, more than $10,000 add 4).
@pytest.mark.parametrize("value,section,level", [
    ("$2,000", "§2B6.1(b)(1)", 8), ("$2,000.01", "§2B6.1(b)(1)(A)", 9),
    ("$5,000", "§2B6.1(b)(1)(A)", 9), ("$5,000.01", "§2B6.1(b)(1)(B)", 10),
    ("$10,000", "§2B6.1(b)(1)(B)", 10), ("$10,000.01", "§2B6.1(b)(1)(B)", 12)])
def test_retail_value_2001_to_2015(value, section, level):
    assert _value(value, "2001-11-01") == (section, level)
    assert _value(value, "2015-10-31") == (section, level)


# From Nov. 1, 2015 (A791; S2016 line 3311, S2025 the same): $2,500 and $6,500; §2B1.1's
# table of 2015 (more than $6,500 add 2, more than $15,000 add 4).
@pytest.mark.parametrize("value,section,level", [
    ("$2,500", "§2B6.1(b)(1)", 8), ("$2,500.01", "§2B6.1(b)(1)(A)", 9),
    ("$6,500", "§2B6.1(b)(1)(A)", 9), ("$6,500.01", "§2B6.1(b)(1)(B)", 10),
    ("$15,000", "§2B6.1(b)(1)(B)", 10), ("$15,000.01", "§2B6.1(b)(1)(B)", 12)])
def test_retail_value_from_2015(value, section, level):
    assert _value(value, "2015-11-01") == (section, level)
    assert _value(value, "2025-11-01") == (section, level)


def test_amendments_117_and_118():
    """(b)(2) +2 and the floor's new words from Nov. 1, 1989; before, the floor was (b)(2),
    "organized criminal activity"."""
    business = {"retail_value": "$1,000",
                "in_business_of_receiving_and_selling_stolen_property": True}
    message = _refused(business, "1989-10-31")
    assert f"{KEY}.in_business_of_receiving_and_selling_stolen_property" in message
    assert "Amendment 117" in message
    assert _steps(business, "1989-11-01")[-1] == ("§2B6.1(b)(2)", 10, "+2")
    assert _steps({"retail_value": "$1,000", "organized_criminal_activity": True},
                  "1989-10-31")[-1] == ("§2B6.1(b)(2)", 14, "→ 14")
    assert "Amendment 118" in _refused({"retail_value": "$1,000", "organized_scheme": True},
                                       "1989-10-31")
    assert f"{KEY}.organized_criminal_activity" in _refused(
        {"retail_value": "$1,000", "organized_criminal_activity": True}, "1989-11-01")


# The floor of 14 (S2016 line 3315): 13 raised, 14 and 15 unchanged.
@pytest.mark.parametrize("value,before,after,change", [
    ("$70,000", 13, 14, "→ 14"), ("$70,000.01", 14, 14, "no change"),
    ("$120,000.01", 15, 15, "no change")])
def test_the_floor_of_14(value, before, after, change):
    # 1989-2001 §2F1.1 table: more than $40,000 +5, $70,000 +6, $120,000 +7
    steps = _steps({"retail_value": value, "organized_scheme": True}, "1995-11-01")
    assert steps[1][1] == before and steps[-1] == ("§2B6.1(b)(3)", after, change)


def test_the_versions_and_their_verification():
    table = load_table("motor_vehicle_identification_numbers")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("1989-11-01", "derived"),
                   ("2001-11-01", "derived"), ("2015-11-01", "verbatim")]


def test_worked_case_2016(capsys):
    """examples/vin-2016.toml, worked by hand in its comments from S2016."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2B6.1(a)", 8), ("§2B6.1(b)(1)(B)", 12),
                                         ("§2B6.1(b)(3)", 14)]
    assert result["total_offense_level"] == 12  # §3E1.1(a) -2
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}


def test_worked_case_1988_era(capsys, tmp_path):
    """The Nov. 1, 1987 Manual (derived): a car thief's VIN swaps, $30,000, organized
    criminal activity: 8 + 4 (§2F1.1 1987, $20,001 - $50,000) = 12, raised to 14."""
    path = case_file(tmp_path, "2B6.1", KEY, 'retail_value = "$30,000"\n'
                     "organized_criminal_activity = true", "1987")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2B6.1(a)", 8), ("§2B6.1(b)(1)", 12),
                                         ("§2B6.1(b)(2)", 14)]


def test_worked_case_2005_era(capsys, tmp_path):
    """The Nov. 1, 2004 Manual (A617's (b)(1), the §2B1.1 table of 2003: more than $30,000
    add 6 ... ): $35,000 in the business of receiving and selling stolen property:
    8 + 6 + 2 = 16."""
    path = case_file(tmp_path, "2B6.1", KEY, 'retail_value = "$35,000"\n'
                     "in_business_of_receiving_and_selling_stolen_property = true", "2004")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2B6.1(a)", 8), ("§2B6.1(b)(1)(B)", 14),
                                         ("§2B6.1(b)(2)", 16)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2B6.1", KEY, 'retail_value = "$3,000"\n'
                     "organized_scheme = true", "1988-06-15")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.organized_scheme" in err and "Amendment 118" in err


def _rows(name: str) -> list[str]:
    """Every dollar amount the loss tables' versions print (their own rows)."""
    amounts = []
    for version in load_table(name).versions:
        for row in version.get("rows", []):
            amounts.append(row.get("more_than") or row["at_least"])
    return amounts


AMOUNTS = sorted({int(a.strip("$").replace(",", "")) for a in
                  _rows("fraud_deceit_loss_table") + _rows("theft_fraud_loss_table")})
DAYS = ["1987-11-01", "1989-11-01", "2001-11-01", "2015-11-01", "2025-11-01"]


@settings(max_examples=50, deadline=None)
@given(day=st.sampled_from(DAYS), low=st.sampled_from(AMOUNTS), high=st.sampled_from(AMOUNTS))
def test_more_retail_value_never_lowers_the_level(day, low, high):
    low, high = min(low, high), max(low, high)

    def level(amount: int) -> int:
        result = calculate(_case({"retail_value": f"${amount:,}"}, day)).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert level(low) <= level(high)
