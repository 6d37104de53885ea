"""§4B1.1(c): a career offender convicted under 18 U.S.C. § 924(c), through the real CLI.

The base file is the Manual's own example (§4B1.1, comment. (n.3(E)), 2002-2025); each test
changes one fact and states the ranges the Sentencing Table and the (c)(3) table give by hand.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli_w

from tests.conftest import ROOT, run_ussg

EXAMPLE = ROOT / "tests" / "data" / "chapter_four" / "career-offender-924c.toml"


def _run(tmp_path: Path, change=lambda data: None, *extra: str):
    data = tomllib.loads(EXAMPLE.read_text())
    change(data)
    path = tmp_path / "case.toml"
    path.write_text(tomli_w.dumps(data))
    return run_ussg("calc", path, "--format", "json", *extra)


def _ranges(result: dict) -> tuple[list, list]:
    def pair(r):
        return [r["min_months"], None if r["life"] and r["max_months"] is None else r["max_months"]]
    return pair(result["range"]), pair(result["total_range"])


def _step(result: dict, section: str) -> dict:
    return next(s for s in result["steps"] if s["section"] == section)


def test_the_manuals_example_gives_262_to_327(tmp_path: Path) -> None:
    """n.3(E): 188-235 (level 31, VI) + 60 = 248-295; the (c)(3) table gives 262-327, the
    range with the greatest minimum."""
    run = _run(tmp_path)
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert _ranges(result) == ([188, 235], [262, 327])
    step = _step(result, "§4B1.1(c)(2)")
    assert step["input"] == "(A) 188–235 months + 60 months = 248–295 months; (B) 262–327 months"
    assert "(B) has the higher minimum" in step["reason"]
    assert any("§5G1.2(e)" in w for w in result["warnings"])


@pytest.mark.parametrize("government_motion, category_range, table_range", [
    (False, [210, 262], [292, 365]),   # level 34 - 2 = 32, VI; "2-level reduction"
])
def test_the_table_row_follows_the_acceptance_decrease(tmp_path, government_motion,
                                                       category_range, table_range) -> None:
    def change(data):
        data["acceptance"]["government_motion"] = government_motion
    (result,) = _run(tmp_path, change).json_lines()
    assert _ranges(result) == (category_range, table_range)


def test_without_acceptance_the_table_reaches_life(tmp_path: Path) -> None:
    """Level 34, VI: 262-327 + 60 = 322-387; "No reduction": 360-life, the higher minimum."""
    def change(data):
        del data["acceptance"]
    (result,) = _run(tmp_path, change).json_lines()
    assert result["range"]["min_months"] == 262
    assert result["total_range"] == {"min_months": 360, "max_months": None, "life": True}


def test_the_otherwise_applicable_range_wins_when_its_minimum_is_higher(tmp_path: Path) -> None:
    """An 841(b)(1)(A) count with a life maximum: level 37 - 3 = 34, VI: 262-327 + 60 =
    322-387, above the (c)(3) table's 262-327."""
    def change(data):
        data["counts"][0]["statute"] = "21 U.S.C. § 841(a)(1), (b)(1)(A)"
        data["counts"][0]["drugs"][0]["quantity"] = "5 kg"
        data["criminal_history"]["career_offender"]["offense_statutory_maximum"] = "life"
    (result,) = _run(tmp_path, change).json_lines()
    assert _ranges(result) == ([262, 327], [322, 387])
    assert "(A) has the higher minimum" in _step(result, "§4B1.1(c)(2)")["reason"]


def test_other_counts_that_do_not_qualify_keep_their_own_level_and_category(tmp_path) -> None:
    """Comment. (n.3(C)(i)): level 24 - 3 = 21 with the Part A category III: 46-57 + 60 =
    106-117; the (c)(3) table's 262-327 is greater."""
    def change(data):
        data["criminal_history"]["career_offender"]["other_counts_qualify"] = False
    (result,) = _run(tmp_path, change).json_lines()
    assert result["criminal_history_category"] == "III"
    assert result["total_offense_level"] == 21
    assert _ranges(result) == ([46, 57], [262, 327])
    assert _step(result, "§4B1.1(c)(2)")["input"] == (
        "(A) 46–57 months + 60 months = 106–117 months; (B) 262–327 months")


def test_whether_the_other_counts_qualify_must_be_stated(tmp_path: Path) -> None:
    def change(data):
        del data["criminal_history"]["career_offender"]["other_counts_qualify"]
    run = _run(tmp_path, change)
    assert run.code == 2 and "Traceback" not in run.err
    assert "criminal_history.career_offender.other_counts_qualify" in run.err


def test_editions_before_amendment_642_refuse_the_case(tmp_path: Path) -> None:
    run = _run(tmp_path, lambda data: None, "--manual", "2001-11-01")
    assert run.code == 2 and "Traceback" not in run.err
    assert "convicted_924c_or_929a" in run.err and "Amendment 642" in run.err


def test_a_924c_career_offender_stated_without_the_count_is_refused(tmp_path: Path) -> None:
    def change(data):
        del data["counts"][1]
        data["criminal_history"]["career_offender"]["convicted_924c_or_929a"] = True
    run = _run(tmp_path, change)
    assert run.code == 2 and "convicted_924c_or_929a" in run.err and "[[counts]]" in run.err
