"""§2M5.2 (Exportation of Arms, Munitions, or Military Equipment or Services Without Required
Validated Export License), tables/arms_export.toml. Sources (../shared/reference/ussg/):
1987-1990 (a) as Amendment 337 deletes it and 337's (a) (appendix_c_2016/APPENDIX_C_Vol_I.txt
lines 7159-7168); Amendment 633's 22 to 26 (APPENDIX_C_Vol_II.txt line 9003); Amendment 753's
(a)(2) and its reason (APPENDIX_C_Vol_III.txt lines 16721-16723, 16826-16848);
manual_2016/GLM2016_fulltext.txt lines 8381-8401; manual_2025/GLM2025_fulltext.txt lines
15474-15502."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M5.2", "arms_export"


@pytest.mark.parametrize("manual,sophisticated,section,level", [
    # 1987-1990 (Vol. I lines 7160-7162): "(1) 22, if sophisticated weaponry was involved; or
    # (2) 14."
    ("1987-11-01", True, "(a)(1)", 22),
    ("1987-11-01", False, "(a)(2)", 14),
    ("1989-11-01", True, "(a)(1)", 22),
    ("1989-11-01", False, "(a)(2)", 14)])
def test_sophisticated_weaponry_1987_1990(manual, sophisticated, section, level):
    found = steps(G, KEY, manual, f"sophisticated_weaponry = {str(sophisticated).lower()}")
    assert found == [(f"§2M5.2{section}", f"= {level}", level)]


@pytest.mark.parametrize("manual,facts,section,level", [
    # Nov. 1, 1990 (337, lines 7165-7168): 22 except (2) 14, only small arms, not over ten
    ("1990-11-01", "small_arms = 1", "(a)(2)", 14),
    ("1990-11-01", "small_arms = 10", "(a)(2)", 14),
    ("1990-11-01", "small_arms = 11", "(a)(1)", 22),
    ("2001-05-01", "small_arms = 10", "(a)(2)", 14),
    ("2001-05-01", "small_arms = 5\nother_items = true", "(a)(1)", 22),
    ("2001-05-01", "other_items = true", "(a)(1)", 22),
    # Nov. 1, 2001 (633): (a)(1) 26
    ("2001-11-01", "small_arms = 10", "(a)(2)", 14),
    ("2001-11-01", "small_arms = 11", "(a)(1)", 26),
    ("2010-11-01", "small_arms = 10", "(a)(2)", 14),
    ("2010-11-01", "small_arms = 11", "(a)(1)", 26),
    ("2010-11-01", "other_items = true", "(a)(1)", 26),
    # Nov. 1, 2011 (753): two weapons, 500 rounds, or both
    ("2011-11-01", "small_arms = 2", "(a)(2)", 14),
    ("2011-11-01", "small_arms = 3", "(a)(1)", 26),
    ("2011-11-01", "rounds = 500", "(a)(2)", 14),
    ("2011-11-01", "rounds = 501", "(a)(1)", 26),
    ("2016", "small_arms = 2\nrounds = 500", "(a)(2)", 14),
    ("2016", "small_arms = 2\nrounds = 501", "(a)(1)", 26),
    ("2016", "small_arms = 3\nrounds = 499", "(a)(1)", 26),
    ("2016", "small_arms = 1\nother_items = true", "(a)(1)", 26),
    ("2024-11-01", "small_arms = 2", "(a)(2)", 14),
    ("2024-11-01", "small_arms = 3", "(a)(1)", 26),
    ("2025", "small_arms = 2\nrounds = 500", "(a)(2)", 14),
    ("2025", "small_arms = 3", "(a)(1)", 26),
    ("2025", "rounds = 501", "(a)(1)", 26)])
def test_the_small_arms_exception_at_its_edges(manual, facts, section, level):
    assert steps(G, KEY, manual, facts) == [(f"§2M5.2{section}", f"= {level}", level)]


@pytest.mark.parametrize("manual", ["1990-11-01", "2001-11-01", "2010-11-01"])
def test_ammunition_before_2011_is_refused(capsys, tmp_path: Path, manual):
    # (a)(2) names small arms only; Amendment 753's reason: courts applied it differently to
    # ammunition (Vol. III lines 16840-16845)
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "small_arms = 2\nrounds = 100",
                                         manual))
    assert "offense.arms_export.rounds" in err and "Amendment 753" in err


@pytest.mark.parametrize("manual,facts,field", [
    ("1987-11-01", "small_arms = 2", "offense.arms_export.sophisticated_weaponry"),
    ("1990-11-01", "sophisticated_weaponry = true", "offense.arms_export.sophisticated_weaponry"),
    ("2016", "sophisticated_weaponry = false", "offense.arms_export.sophisticated_weaponry"),
    ("2016", "", "offense.arms_export"),
    ("2016", "small_arms = 0", "offense.arms_export"),
    ("2016", "small_arms = -1", "offense.arms_export.small_arms"),
    ("2016", "small_arms = 2.0", "offense.arms_export.small_arms"),
    ("2016", "sophisticated_weaponry = true\nsmall_arms = 1", "offense.arms_export")])
def test_bad_input_is_refused(capsys, tmp_path: Path, manual, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, manual))
    assert "arms_export.toml" in err and field in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: sophisticated weaponry (night-vision weapon sights): (a)(1) 22; I: 41-51 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "sophisticated_weaponry = true",
                                         "1987-11-01"))
    assert chapter_two_steps(result) == [("§2M5.2(a)(1)", 22)]
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # 1990: eight rifles only: (a)(2) 14; category I: 15-21 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "small_arms = 8", "1990-11-01"))
    assert chapter_two_steps(result) == [("§2M5.2(a)(2)", 14)]
    assert result["range"] == {"min_months": 15, "max_months": 21, "life": False}


def test_worked_case_2001_through_the_cli(capsys, tmp_path: Path):
    # 2001: twelve rifles: (a)(1) 26; category I: 63-78 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "small_arms = 12", "2001-11-01"))
    assert chapter_two_steps(result) == [("§2M5.2(a)(1)", 26)]
    assert result["range"] == {"min_months": 63, "max_months": 78, "life": False}


def test_example_file(capsys):
    # examples/arms-export-2m5.2-2025.toml: three pistols and 400 rounds: (a)(2) does not
    # apply (three weapons exceed two), (a)(1) 26; acceptance -3 = 23; I: 46-57 months
    result = calc_json(capsys, EXAMPLES / "arms-export-2m5.2-2025.toml")
    assert chapter_two_steps(result) == [("§2M5.2(a)(1)", 26)]
    assert result["total_offense_level"] == 23
    assert result["range"] == {"min_months": 46, "max_months": 57, "life": False}
