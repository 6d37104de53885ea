"""§2K1.6 of Nov. 1, 1987 - Oct. 31, 1991 ("Shipping, Transporting, or Receiving Explosives with
Felonious Intent or Knowledge; Using or Carrying Explosives in Certain Crimes") through the real
CLI, each level worked by hand from the text Amendment 373 quotes as it deletes it
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 8789-8798: (a) 8791,
(a)(1) 8792, (a)(2) 8793-8796, (a)(3) 8797-8798), the text of Amendment 331 (Nov. 1, 1990;
lines 7058-7063). Before it: "Apply the greater" of (1) and (2), no (a)(3); before Nov. 1, 1989
(Amendment 303, lines 5533-5534) §2X1.1 is cited as "(Attempt or Conspiracy)". Deleted from
Nov. 1, 1991 (2016 Manual, GLM2016_fulltext.txt line 7455). Edition dates: 1988-10-15 is in
force the day before Nov. 1, 1989; 1989 the day before Nov. 1, 1990; 1990 before Nov. 1, 1991.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import (chapter_two, computed_levels, firearm_case,
                                                       refusal, run)

EDITIONS = ("1987", "1988-10-15", "1989", "1990")


def case(facts: str, manual: str) -> str:
    return firearm_case(facts, manual=manual, guideline="2K1.6", table="explosives_2k1_6")


def levels(tmp_path, capsys, facts: str, manual: str) -> list[tuple[str, int]]:
    return computed_levels(tmp_path, capsys, case(facts, manual))


def refused(tmp_path, capsys, facts: str, manual: str) -> str:
    return refusal(tmp_path, capsys, case(facts, manual))


OTHER = '[offense.explosives_2k1_6.other_offense]\nguideline = "other"\noffense_level = {}'


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("facts,expected", [
    ("", [("§2K1.6(a)(1)", 18)]),  # (a)(1) "18" (line 8792)
    # (a)(2) §2X1.1 in respect to the other offense (8793-8796), the greater (greatest)
    (OTHER.format(17), [("§2K1.6(a)(1)", 18)]),  # below 18
    (OTHER.format(18), [("§2K1.6(a)(1)", 18)]),  # equal: (a)(1), the first
    # above: §2X1.1's steps, then the level they made
    (OTHER.format(19), [("§2X1.1(a)", 19), ("§2K1.6(a)(2)", 19)]),
])
def test_base_levels(tmp_path, capsys, manual, facts, expected):
    assert levels(tmp_path, capsys, facts, manual) == expected


def test_other_offense_through_2x1_1(tmp_path, capsys):
    # (a)(2) "§2X1.1 ... in respect to such other offense": an attempt the court put at level
    # 24 as completed, not all acts completed: §2X1.1(b)(1) -3 = 21 > 18
    assert levels(tmp_path, capsys, OTHER.format(24) + '\ninchoate = "attempt"', "1990")[-1] \
        == ("§2K1.6(a)(2)", 21)


@pytest.mark.parametrize("homicide,expected", [
    # (a)(3) of 1990 (8797-8798): the homicide guideline's level, if the greatest
    (17, [("§2K1.6(a)(1)", 18)]), (18, [("§2K1.6(a)(1)", 18)]), (19, [("§2K1.6(a)(3)", 19)]),
    (43, [("§2K1.6(a)(3)", 43)]),
])
def test_1990_death_resulted(tmp_path, capsys, homicide, expected):
    assert levels(tmp_path, capsys, f"homicide_offense_level = {homicide}", "1990") == expected


def test_texts_of_each_edition(tmp_path, capsys):
    # 303 (1989): "(Attempt, Solicitation, or Conspiracy)"; 331 (1990): "Apply the greatest"
    for manual, lead, title in (
            ("1988-10-15", "(Apply the greater)", "§2X1.1 (Attempt or Conspiracy)"),
            ("1989", "(Apply the greater)", "§2X1.1 (Attempt, Solicitation, or Conspiracy)"),
            ("1990", "(Apply the greatest)", "§2X1.1 (Attempt, Solicitation, or Conspiracy)")):
        code, result = run(tmp_path, capsys, case(OTHER.format(20), manual))
        assert code == 0, result
        step = [s for s in result["steps"] if s["section"] == "§2K1.6(a)(2)"][0]
        assert lead in step["reason"] and title in step["reason"], (manual, step["reason"])


@pytest.mark.parametrize("manual", ["1987", "1988-10-15", "1989"])
def test_death_refused_before_1990(tmp_path, capsys, manual):
    # no (a)(3) before Amendment 331 (Nov. 1, 1990)
    err = refused(tmp_path, capsys, "homicide_offense_level = 30", manual)
    assert "offense.explosives_2k1_6.homicide_offense_level" in err, err
    assert "has no such provision" in err


def test_death_in_the_other_offense_refused(tmp_path, capsys):
    err = refused(tmp_path, capsys, OTHER.format(20) + "\ndeath_resulted = true\n"
                  "homicide_offense_level = 30", "1990")
    assert "offense.explosives_2k1_6.other_offense.death_resulted" in err, err


@pytest.mark.parametrize("manual", ["1991", "2025"])
def test_deleted_from_1991(tmp_path, capsys, manual):
    # Amendment 373: deleted by consolidation with §2K1.3; the later §2K1.6 is not entered
    err = refused(tmp_path, capsys, "", manual)
    assert "offense.guideline" in err and "consolidation with §2K1.3" in err, err
    assert "Licensee Recordkeeping" in err


def test_before_1987_refused(tmp_path, capsys):
    path = case_file(tmp_path, "2K1.6", "explosives_2k1_6", "", "1987-10-31")
    assert "manual" in calc_refused(capsys, path)


def test_worked_case_1987(tmp_path, capsys):
    # Nov. 1, 1987 Manual: explosives received to damage a house, the intended offense put at
    # level 16 under §2X1.1 (as the court found): (a) "Apply the greater": (1) 18 > (2) 16 -> 18.
    # Category I, level 18: 27-33 months (the 1987 Sentencing Table).
    path = case_file(tmp_path, "2K1.6", "explosives_2k1_6", "", "1987",
                     more=OTHER.format(16) + "\n")
    result = calc_json(capsys, path)
    assert chapter_two(result) == [("§2K1.6(a)(1)", 18)]
    step = [s for s in result["steps"] if s["section"] == "§2K1.6(a)(1)"][0]
    assert "§2K1.6(a)(2) 16" in step["reason"] and step["source"].startswith(
        "§2K1.6 of Nov. 1, 1987"), step
    assert result["total_offense_level"] == 18


def test_example_1990(capsys):
    # worked in the example's comments: (a)(1) 18, (a)(2) 20 -> 20
    result = calc_json(capsys, ROOT / "examples" / "explosives-2k1.6-1990.toml")
    assert chapter_two(result) == [("§2X1.1(a)", 20), ("§2K1.6(a)(2)", 20)]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(other=st.integers(1, 43), more=st.integers(0, 10), homicide=st.integers(1, 43))
def test_a_greater_other_offense_never_lowers_the_level(tmp_path, capsys, other, more,
                                                        homicide):
    def total(level: int) -> int:
        code, result = run(tmp_path, capsys, case(
            f"homicide_offense_level = {homicide}\n" + OTHER.format(min(level, 43)), "1990"))
        assert code == 0, result
        return result["total_offense_level"]
    low, high = total(other), total(other + more)
    assert 18 <= low <= high <= 43 and low == max(18, other, homicide)
