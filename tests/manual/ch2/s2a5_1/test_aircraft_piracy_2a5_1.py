"""§2A5.1 (Aircraft Piracy or Attempted Aircraft Piracy), every edition from Nov. 1, 1987
(tables/aircraft_piracy.toml). Sources (../shared/reference/ussg/):
manual_2016/GLM2016_fulltext.txt lines 1853-1867; manual_2025/GLM2025_fulltext.txt lines
3976-3996; Amendment 534 (appendix_c_2016/APPENDIX_C_Vol_I.txt lines 17855-17860: the
commentary only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2A5.1", "aircraft_piracy"


@pytest.mark.parametrize("manual", ["1987-11-01", "1995-11-01", "2016", "2025"])
def test_base_38_and_death_43(manual):
    # line 1855: "Base Offense Level: 38"; line 1859: "If death resulted, increase by 5 levels"
    assert steps(G, KEY, manual) == [("§2A5.1(a)", "= 38", 38)]
    assert steps(G, KEY, manual, "death_resulted = true") == [
        ("§2A5.1(a)", "= 38", 38), ("§2A5.1(b)(1)", "+5", 43)]


@pytest.mark.parametrize("facts,field", [("death_resulted = 1", "offense.aircraft_piracy.death_resulted"),
                                         ("weapon = true", "offense.aircraft_piracy")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: 38 + 5 = 43; category I: life
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "death_resulted = true",
                                         "1987-11-01"))
    assert chapter_two_steps(result) == [("§2A5.1(a)", 38), ("§2A5.1(b)(1)", 43)]
    assert result["range"]["life"] is True


def test_example_file(capsys):
    # examples/aircraft-piracy-2a5.1-2016.toml: 38; category I: 235-293 months
    result = calc_json(capsys, EXAMPLES / "aircraft-piracy-2a5.1-2016.toml")
    assert chapter_two_steps(result) == [("§2A5.1(a)", 38)]
    assert result["range"] == {"min_months": 235, "max_months": 293, "life": False}
