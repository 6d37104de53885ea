"""§2L2.5 (Failure to Surrender Canceled Naturalization Certificate), every edition from Nov. 1,
1987, never amended (tables/canceled_naturalization_certificate.toml). Sources
(../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8113-8121;
manual_2025/GLM2025_fulltext.txt lines 15047-15056."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2L2.5"


@pytest.mark.parametrize("manual", ["1987-11-01", "2002-11-01", "2016", "2025"])
def test_base_6(manual):
    # line 8115: "(a) Base Offense Level: 6"
    assert steps(G, None, manual) == [("§2L2.5(a)", "= 6", 6)]


def test_unknown_guideline_spelling_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text("2L2.55", None, "2016")))
    assert "offense.guideline" in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: 6; category VI: 12-18 months
    result = calc_json(capsys, write_case(tmp_path, "c1987", case_text(G, None, "1987-11-01")))
    assert chapter_two_steps(result) == [("§2L2.5(a)", 6)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


def test_example_file(capsys):
    # examples/naturalization-certificate-2l2.5-2025.toml: 6; category III: 2-8 months
    result = calc_json(capsys, EXAMPLES / "naturalization-certificate-2l2.5-2025.toml")
    assert chapter_two_steps(result) == [("§2L2.5(a)", 6)]
    assert result["range"] == {"min_months": 2, "max_months": 8, "life": False}
