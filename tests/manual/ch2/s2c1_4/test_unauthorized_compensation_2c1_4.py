"""§2C1.4 (Payment or Receipt of Unauthorized Compensation), Nov. 1, 1987 - Oct. 31, 2001
(tables/unauthorized_compensation_2c1_4.toml): comment. (n.1) "Do not apply the adjustment in
§3B1.3", as Amendment 619 quotes it as it strikes §2C1.4
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_II.txt lines 7758-7770). Its level,
refusal and worked case: tests/manual/ch2/test_former_guidelines.py."""

from __future__ import annotations

from pathlib import Path

from tests.manual.ch2.chapter_two_cli import calc_refused
from tests.manual.ch2.small_guideline_cases import case_text, write_case

G = "2C1.4"


def test_no_3b1_3(capsys, tmp_path: Path):
    # comment. (n.1) (lines 7765-7766)
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(
        G, None, "1995-11-01", more="[adjustments.role]\nabuse_of_trust = true\n")))
    assert "adjustments.role.abuse_of_trust" in err and "comment. (n.1)" in err
