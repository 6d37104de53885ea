"""§2L1.3, Nov. 1, 1987 - Oct. 31, 1989 (tables/alien_employment_pattern_1987.toml): "(a) Base Offense Level: 6", as
Amendment 194 quotes it where it deletes it (../shared/reference/ussg/appendix_c_2016/
APPENDIX_C_Vol_I.txt); refused June 15, 1988 - Oct. 31, 1989 (§1B1.9, Petty Offenses: Note 3
as Amendment 81 quotes it, lines 1419-1420) and from Nov. 1, 1989 (deleted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2L1.3"


def test_base_6_in_the_1987_manual():
    assert steps(G, None, "1987-11-01") == [("§2L1.3(a)", "= 6", 6)]
    assert steps(G, None, "1988-01-15") == [("§2L1.3(a)", "= 6", 6)]  # the last day before 1B1.9


@pytest.mark.parametrize("manual", ["1988-06-15", "1988-10-15"])
def test_refused_under_1b1_9(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, write_case(tmp_path, "petty", case_text(G, None, manual)))
    assert "offense.guideline" in err and "§1B1.9 (Petty Offenses" in err
    assert "disregarded to the extent that they purport to cover petty offenses" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("manual", ["1989-11-01", "2025-11-01"])
def test_refused_from_amendment_194(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, write_case(tmp_path, "deleted", case_text(G, None, manual)))
    assert "offense.guideline" in err and "deleted Nov. 1, 1989 by Amendment 194" in err
    assert "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 6; category VI (the 1987 table's zero-minimum cells are refused): 12-18 months
    result = calc_json(capsys, write_case(tmp_path, "c1987", case_text(G, None, "1987-11-01")))
    assert chapter_two_steps(result) == [("§2L1.3(a)", 6)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}
