"""§2M1.1 (Treason), every edition from Nov. 1, 1987, (a) never amended (tables/treason.toml):
(a)(1) 43 if tantamount to waging war; (a)(2) the most analogous offense's level, stated.
Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8129-8135;
manual_2025/GLM2025_fulltext.txt lines 15073-15080."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M1.1", "treason"


@pytest.mark.parametrize("manual", ["1987-11-01", "2016", "2023-11-01", "2025"])
def test_waging_war_is_43(manual):
    assert steps(G, KEY, manual, "waging_war = true") == [("§2M1.1(a)(1)", "= 43", 43)]


@pytest.mark.parametrize("level", [1, 30, 43])
def test_otherwise_the_stated_level(level):
    assert steps(G, KEY, "2016", f"analogous_offense_level = {level}") == [
        ("§2M1.1(a)(2)", f"= {level}", level)]


@pytest.mark.parametrize("facts,field", [
    ("", "offense.treason"),
    ("waging_war = false", "offense.treason"),
    ("waging_war = true\nanalogous_offense_level = 30", "offense.treason"),
    ("analogous_offense_level = 0", "offense.treason.analogous_offense_level"),
    ("analogous_offense_level = 30.0", "offense.treason.analogous_offense_level")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert "treason.toml" in err and field in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: levying war: (a)(1) 43; life
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "waging_war = true", "1987-11-01"))
    assert chapter_two_steps(result) == [("§2M1.1(a)(1)", 43)]
    assert result["range"]["life"] is True
