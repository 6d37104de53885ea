"""§2A4.2 (Demanding or Receiving Ransom Money) in every version of tables/ransom_money.toml:
level 23; (b)(1), from Nov. 1, 1993, "If the defendant was a participant in the kidnapping
offense, apply §2A4.1" through the registry, its level applied greater or not; the refusals;
a worked case through the real command line.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1827-1845 ((a) "Base Offense Level: 23" line
          1829; (b)(1) line 1833; historical note: amendment 479)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 3930-3964 (the same; historical note: 479, 824)
  A479  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 13872-13882 ((b) inserted, Nov. 1, 1993)
  A824  = guidelines.ussc.gov ... appendixc-detail?APP_AMEND_ID=824 (Nov. 1, 2023: §2A4.2's
          Statutory Provisions only)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.error import CaseFileError
from ussg.guidelines.case.reading import parse_case

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps


def _toml(facts: str, manual: str = "", day: str = "") -> str:
    when = f'manual = "{manual}"\n' if manual else f"sentencing_date = {day}\n"
    return (f'{when}[offense]\nguideline = "2A4.2"\n{facts}\n'
            f'[criminal_history]\ncategory = "I"\n')


def _steps(facts: str, manual: str = "", day: str = "") -> list[tuple[str, int]]:
    return [(s.section, s.level) for s in calculate(parse_case(_toml(facts, manual, day))).steps
            if s.chapter == "chapter_two"]


def _refused(facts: str, manual: str = "", day: str = "") -> str:
    with pytest.raises(CaseFileError) as raised:
        calculate(parse_case(_toml(facts, manual, day)))
    return str(raised.value)


PARTICIPANT = "[offense.ransom.participant_in_kidnapping]\n"


@pytest.mark.parametrize("manual", ["1987-11-01", "1990", "1993-11-01", "2016", "2023-11-01",
                                    "2025"])
def test_level_23_in_every_edition(manual):
    assert _steps("", manual) == [("§2A4.2(a)", 23)]
    assert _steps("[offense.ransom]", manual) == [("§2A4.2(a)", 23)]


@pytest.mark.parametrize("day,refused", [("1993-10-31", True), ("1993-11-01", False)])
def test_cross_reference_from_amendment_479(day, refused):
    if refused:
        message = _refused(PARTICIPANT, day=day)
        assert "offense.ransom.participant_in_kidnapping" in message
        assert "Amendment 479" in message
    else:
        assert _steps(PARTICIPANT, day=day) == [
            ("§2A4.2(a)", 23), ("§2A4.1(a)", 24), ("§2A4.2(b)(1)", 24)]


def test_applied_whether_greater_or_not():
    # 1993: §2A4.1 24, (b)(4)(C) -1 = 23: not greater than 23, applied all the same ("apply")
    steps = calculate(parse_case(_toml(PARTICIPANT + "days_before_release = 0",
                                       "1993-11-01"))).steps
    step = next(s for s in steps if s.section == "§2A4.2(b)(1)")
    assert step.level == 23 and step.change == "→ 23"


@pytest.mark.parametrize("manual,level", [("2003-05-30", 38), ("2016", 38), ("2025", 38)])
def test_kidnapping_level_through_the_registry(manual, level):
    steps = _steps(PARTICIPANT + "ransom_or_demand_upon_government = true", manual)
    assert steps[-1] == ("§2A4.2(b)(1)", level) and ("§2A4.1(b)(1)", level) in steps


def test_nested_refusals_name_the_nested_field():
    message = _refused(PARTICIPANT + 'other_offense_guideline = "other"\n'
                       "other_offense_level = 30", "2025")
    assert ("offense.ransom.participant_in_kidnapping.other_guideline_restraint"
            in message)
    assert "offense.ransom.participant_in_kidnapping.ransom" in _refused(
        PARTICIPANT + "ransom = true", "2025")  # no such key: the nearest is named


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # S2025: 23; (b)(1): §2A4.1 32 + (b)(1) 6 + (b)(4)(A) 2 (held 30 days) = 40
    path = case_file(tmp_path, "2A4.2", "ransom.participant_in_kidnapping",
                     "ransom_or_demand_upon_government = true\ndays_before_release = 30",
                     "2025")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [
        ("§2A4.2(a)", 23), ("§2A4.1(a)", 32), ("§2A4.1(b)(1)", 38), ("§2A4.1(b)(4)(A)", 40),
        ("§2A4.2(b)(1)", 40)]
    assert result["total_offense_level"] == 40


def test_refused_before_1993_through_the_cli(capsys, tmp_path: Path):
    path = case_file(tmp_path, "2A4.2", "ransom.participant_in_kidnapping", "", "1990")
    assert "offense.ransom.participant_in_kidnapping" in calc_refused(capsys, path)
