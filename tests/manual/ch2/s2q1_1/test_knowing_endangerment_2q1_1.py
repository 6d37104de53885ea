"""§2Q1.1 (Knowing Endangerment Resulting From Mishandling Hazardous or Toxic Substances,
Pesticides or Other Pollutants), every edition from Nov. 1, 1987 (tables/knowing_endangerment.toml).
Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt line 8775 ("(a) Base
Offense Level: 24"), historical note line 8787 (699); manual_2025/GLM2025_fulltext.txt line 16194
(the same), historical note lines 16204-16207 (699, 813, 836)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2Q1.1"


@pytest.mark.parametrize("manual", ["1987-11-01", "2007-11-01", "2016", "2018-11-01", "2025"])
def test_base_24(manual):
    assert steps(G, None, manual) == [("§2Q1.1(a)", "= 24", 24)]


def test_the_versions_and_their_verification():
    table = load_table("knowing_endangerment")
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("2018-11-01", "derived"), ("2025-11-01", "verbatim")]


def test_a_facts_table_is_refused(capsys, tmp_path: Path):
    """§2Q1.1 reads no facts: a table for it is an unknown key, named, never a traceback."""
    text = case_text(G, "knowing_endangerment", "2016", "death_resulted = true")
    err = calc_refused(capsys, write_case(tmp_path, "c", text))
    assert "knowing_endangerment" in err and "Traceback" not in err


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # 1990 (derived): 24; category VI: 100-125 months
    result = calc_json(capsys, write_case(tmp_path, "c1990", case_text(G, None, "1990")))
    assert chapter_two_steps(result) == [("§2Q1.1(a)", 24)]
    assert result["range"] == {"min_months": 100, "max_months": 125, "life": False}


def test_worked_case_2018_through_the_cli(capsys, tmp_path: Path):
    # 2018 (derived): 24; category I: 51-63 months
    result = calc_json(capsys, write_case(tmp_path, "c2018", case_text(G, None, "2018-11-01",
                                                                        category="I")))
    assert chapter_two_steps(result) == [("§2Q1.1(a)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}


def test_example_file(capsys):
    # examples/knowing-endangerment-2q1.1-2025.toml: 24 - 3 = 21; category I: 37-46 months
    result = calc_json(capsys, EXAMPLES / "knowing-endangerment-2q1.1-2025.toml")
    assert chapter_two_steps(result) == [("§2Q1.1(a)", 24)]
    assert result["total_offense_level"] == 21
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}
