"""Second reading of §2G1.3 before Nov. 1, 2015 (round 7 audit): its first promulgation and
Amendment 701, the day before and the day each took effect, through the real CLI with a case
file sentenced on that day (the Manual in force on the date, §1B1.11(a)). Amendments 732 and
737 (Nov. 1, 2009) amend only its commentary (Vol_III lines 13494-13501, 14216-14217).

Sources (under /work/shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_III.txt):
  A664 = lines 1332-1405: §2G1.3 added, "(a) Base Offense Level: 24"; (b)(4) "(B) a commercial
         sex act, increase by 2 levels"; (b)(5) "a minor who had not attained the age of 12
         years, increase by 8 levels"; line 2557 effective Nov. 1, 2004
  A701 = lines 8203-8217: (a) "(1) 34, ... § 1591(b)(1); (2) 30, ... § 1591(b)(2); (3) 28,
         ... § 2422(b) or § 2423(a); or (4) 24, otherwise"; (b)(4)(B) and (b)(5) only where
         "subsection (a)(3) or (a)(4) applies"; line 8730 effective Nov. 1, 2007
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.sentenced_on import dated_case


def _case(tmp_path: Path, day: str, statute: str, facts: str = "") -> Path:
    return dated_case(tmp_path, "2G1.3", "minor_sex_offense",
                      f'convicted_under = "{statute}"\n{facts}', day)


def _total(capsys, tmp_path, day, statute, facts=""):
    return calc_json(capsys, _case(tmp_path, day, statute, facts))["total_offense_level"]


def test_a664_nov_1_2004_first_promulgated(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, "2004-10-31", "2423(a)"))
    assert "2G1.3" in err and "Amendment 664" in err
    steps = chapter_two_steps(calc_json(capsys, _case(
        tmp_path, "2004-11-01", "2423(a)", "minor_under_twelve = true")))
    assert steps == [("§2G1.3(a)", 24), ("§2G1.3(b)(5)", 32)]


@pytest.mark.parametrize("statute,base", [("1591(b)(1)", 34), ("1591(b)(2)", 30),
                                          ("2422(b)", 28), ("2423(a)", 28), ("other", 24)])
def test_a701_nov_1_2007_base_by_statute(capsys, tmp_path, statute, base):
    assert _total(capsys, tmp_path, "2007-10-31", statute) == 24
    assert _total(capsys, tmp_path, "2007-11-01", statute) == base


@pytest.mark.parametrize("statute,before,since", [
    # the day before: +2 (b)(4)(B) and +8 (b)(5) whatever the statute; from A701 only (a)(3)/(a)(4)
    ("1591(b)(1)", 24 + 2 + 8, 34), ("1591(b)(2)", 24 + 2 + 8, 30),
    ("2423(a)", 24 + 2 + 8, 28 + 2 + 8), ("other", 24 + 2 + 8, 24 + 2 + 8)])
def test_a701_commercial_sex_act_and_under_twelve(capsys, tmp_path, statute, before, since):
    facts = "commercial_sex_act = true\nminor_under_twelve = true"
    assert _total(capsys, tmp_path, "2007-10-31", statute, facts) == before
    assert _total(capsys, tmp_path, "2007-11-01", statute, facts) == since
