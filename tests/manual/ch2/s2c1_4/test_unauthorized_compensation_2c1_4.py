"""§2C1.4 (Payment or Receipt of Unauthorized Compensation), Nov. 1, 1987 - Oct. 31, 2001
(tables/unauthorized_compensation_2c1_4.toml): "(a) Base Offense Level: 6"; comment. (n.1) "Do
not apply the adjustment in §3B1.3", as Amendment 619 quotes them as it strikes §2C1.4
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_II.txt lines 7758-7770)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2C1.4"


@pytest.mark.parametrize("manual", ["1987-11-01", "2001-05-01"])
def test_base_6_from_1987_to_its_deletion(manual):
    # line 7761: "(a) Base Offense Level: 6"
    assert steps(G, None, manual) == [("§2C1.4(a)", "= 6", 6)]


def test_refused_from_amendment_619(capsys, tmp_path: Path):
    # Amendment 619, eff. Nov. 1, 2001 (line 7785): consolidated with §2C1.3
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, None, "2001-11-01")))
    assert "Nov. 1, 2001" in err and "Amendment 619" in err and 'guideline = "2C1.3"' in err


def test_no_3b1_3(capsys, tmp_path: Path):
    # comment. (n.1) (lines 7765-7766)
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(
        G, None, "1995-11-01", more="[adjustments.role]\nabuse_of_trust = true\n")))
    assert "adjustments.role.abuse_of_trust" in err and "comment. (n.1)" in err


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # 6; category VI: 12-18 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(G, None, "1995-11-01")))
    assert chapter_two_steps(result) == [("§2C1.4(a)", 6)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}
