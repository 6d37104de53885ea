"""§2P1.3 (Engaging In, Inciting or Attempting to Incite a Riot Involving Persons in a Facility
for Official Detention), every edition from Nov. 1, 1987 (tables/prison_riot.toml): (a)(1) 22,
(a)(2) 16, (a)(3) 10. Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt
lines 8747-8753, historical note line 8763 (no amendment); manual_2025/GLM2025_fulltext.txt
lines 16153-16158 (the same words), historical note (836)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2P1.3", "prison_riot"


@pytest.mark.parametrize("manual", ["1987-11-01", "2025"])
@pytest.mark.parametrize("circumstances,paragraph,level", [
    ("substantial_risk_of_death_or_serious_bodily_injury", "(a)(1)", 22),
    ("major_disruption", "(a)(2)", 16),
    ("otherwise", "(a)(3)", 10),
])
def test_base_by_the_circumstances(manual, circumstances, paragraph, level):
    got = steps(G, KEY, manual, f'circumstances = "{circumstances}"')
    assert got == [(f"§2P1.3{paragraph}", f"= {level}", level)]


def test_without_facts_it_is_otherwise():
    assert steps(G, None, "2016") == [("§2P1.3(a)(3)", "= 10", 10)]


def test_the_versions_and_their_verification():
    table = load_table("prison_riot")
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("2025-11-01", "verbatim")]


def test_an_unknown_circumstance_is_refused(capsys, tmp_path: Path):
    path = write_case(tmp_path, "c", case_text(G, KEY, "2016", 'circumstances = "riot"'))
    err = calc_refused(capsys, path)
    assert str(path) in err and "prison_riot.circumstances" in err and "Traceback" not in err


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # Nov. 1, 1990 (derived): a riot in which guards were beaten with pipes: 22; VI: 84-105
    path = write_case(tmp_path, "c1990", case_text(
        G, KEY, "1990", 'circumstances = "substantial_risk_of_death_or_serious_bodily_injury"'))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2P1.3(a)(1)", 22)]
    assert result["range"] == {"min_months": 84, "max_months": 105, "life": False}


def test_example_file(capsys):
    # examples/prison-riot-2p1.3-2025.toml: 16 - 2 = 14; category III: 21-27 months
    result = calc_json(capsys, EXAMPLES / "prison-riot-2p1.3-2025.toml")
    assert chapter_two_steps(result) == [("§2P1.3(a)(2)", 16)]
    assert result["total_offense_level"] == 14
    assert result["range"] == {"min_months": 21, "max_months": 27, "life": False}
