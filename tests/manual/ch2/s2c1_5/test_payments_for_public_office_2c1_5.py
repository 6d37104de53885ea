"""§2C1.5 (Payments to Obtain Public Office), every edition from Nov. 1, 1987, never amended
(tables/payments_to_obtain_public_office.toml). Sources (../shared/reference/ussg/):
manual_2016/GLM2016_fulltext.txt lines 3515-3529; manual_2025/GLM2025_fulltext.txt lines
7448-7467."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2C1.5"


@pytest.mark.parametrize("manual", ["1987-11-01", "1995-11-01", "2016", "2025"])
def test_base_8(manual):
    # line 3517: "(a) Base Offense Level: 8"
    assert steps(G, None, manual) == [("§2C1.5(a)", "= 8", 8)]


@pytest.mark.parametrize("name", ["abuse_of_trust", "special_skill"])
def test_no_3b1_3(capsys, tmp_path: Path, name):
    # comment. (n.1) (line 3525): "Do not apply the adjustment in §3B1.3"
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(
        G, None, "2016", more=f"[adjustments.role]\n{name} = true\n")))
    assert f"adjustments.role.{name}" in err and "comment. (n.1)" in err


def test_facts_table_is_refused(capsys, tmp_path: Path):
    # §2C1.5 has no facts table: a stray one (another guideline's) is refused, naming it
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(
        G, "gratuity", "2016", "public_official = true")))
    assert "offense.gratuity" in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: 8; category VI: 18-24 months
    result = calc_json(capsys, write_case(tmp_path, "c1987", case_text(G, None, "1987-11-01")))
    assert chapter_two_steps(result) == [("§2C1.5(a)", 8)]
    assert result["range"] == {"min_months": 18, "max_months": 24, "life": False}


def test_example_file(capsys):
    # examples/public-office-payment-2c1.5-2016.toml: 8; category I: 0-6 months
    result = calc_json(capsys, EXAMPLES / "public-office-payment-2c1.5-2016.toml")
    assert chapter_two_steps(result) == [("§2C1.5(a)", 8)]
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}
