"""§2J1.2, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: "(Apply the greatest)" of (b)(1) with (b)(2)-(3), and the (c)(1) cross
reference through §2X3.1's cap of 30 and harboring limit of 20.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt, §2J1.2 ((a) 14; (b)(1) "(Apply the greatest)":
          (A) +4, (B) +8, (C) +12; (b)(2) +3; (b)(3) +2; (c)(1) "apply §2X3.1 ... in respect to
          that criminal offense, if the resulting offense level is greater than that determined
          above"); §2X3.1(a) ("6 levels lower", "not more than level 30", harboring "not more
          than level 20")
  S2016 = manual_2016/GLM2016_fulltext.txt, §2J1.2 and §2X3.1 (the same)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, case_file

MANUALS = ["2016", "2025"]


def _result(capsys, tmp_path: Path, facts: str, manual: str) -> dict:
    return calc_json(capsys, case_file(tmp_path, "2J1.2", "obstruction", facts, manual))


def _step(result: dict, section: str) -> dict:
    return next(s for s in result["steps"] if s["section"] == section)


@pytest.mark.parametrize("manual", MANUALS)
def test_greatest_of_b1_with_b2_and_b3(capsys, tmp_path, manual):
    # (b)(1)(A) +4 and (B) +8 found: the greatest, 8; + 3 + 2: 14 + 8 + 3 + 2 = 27
    result = _result(capsys, tmp_path, 'sex_offense_false_statement = true\n'
                     'injury_or_property_damage = true\nsubstantial_interference = true\n'
                     'records_or_extensive = true', manual)
    assert _step(result, "§2J1.2(b)(1)(A)")["change"] == "not applied"
    assert result["total_offense_level"] == 27


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("obstructed,more,level", [
    (43, "", 30),                          # 43 - 6 = 37 -> 30 (cap), > 25: applied
    (43, "harboring_only = true\n", 25),   # -> 20 (harboring limit), not > 25: §2J1.2 stands
    (31, "", 25),                          # 31 - 6 = 25, not greater than 25
    (32, "", 26),                          # 32 - 6 = 26 > 25
])
def test_cross_reference_through_the_2x3_1_limits(capsys, tmp_path, manual, obstructed, more,
                                                  level):
    # §2J1.2 itself: 14 + 8 ((b)(1)(B)) + 3 ((b)(2)) = 25
    facts = ('injury_or_property_damage = true\nsubstantial_interference = true\n'
             f'[offense.obstruction.obstructed_offense]\nguideline = "other"\n'
             f'offense_level = {obstructed}\n{more}')
    result = _result(capsys, tmp_path, facts, manual)
    assert result["total_offense_level"] == level
    applied = _step(result, "§2J1.2(c)(1)")["change"] != "not applied"
    assert applied == (level > 25)
