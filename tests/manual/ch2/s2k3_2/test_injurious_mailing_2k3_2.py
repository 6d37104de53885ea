"""§2K3.2 (Feloniously Mailing Injurious Articles), from Nov. 1, 1990
(tables/mailing_injurious_articles.toml). Sources (../shared/reference/ussg/): Amendment 334
(appendix_c_2016/APPENDIX_C_Vol_I.txt lines 7113-7117); manual_2016/GLM2016_fulltext.txt lines
7779-7793; manual_2025/GLM2025_fulltext.txt lines 14414-14440."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2K3.2", "injurious_mailing"


def _intent(level: int, completed: bool = False) -> str:
    done = "\nall_acts_completed = true" if completed else ""
    return f'intended_offense_guideline = "other"\nintended_offense_level = {level}{done}'


@pytest.mark.parametrize("manual", ["1990-11-01", "2016", "2025"])
def test_intent_alone_is_2x1_1_as_an_attempt(manual):
    # (a)(1): §2X1.1 in respect to the intended offense: 24, an attempt -3 = 21
    assert steps(G, KEY, manual, _intent(24)) == [
        ("§2X1.1(a)", "= 24", 24), ("§2X1.1(b)(1)", "-3", 21), ("§2K3.2(a)(1)", "= 21", 21)]


@pytest.mark.parametrize("manual", ["1990-11-01", "2025"])
def test_death_alone_is_the_homicide_guideline(manual):
    # (a)(2): §2A1.1 (first degree murder), 43
    found = steps(G, KEY, manual, 'homicide_guideline = "2A1.1"')
    assert found == [("§2A1.1(a)", "= 43", 43), ("§2K3.2(a)(2)", "= 43", 43)]


@pytest.mark.parametrize("intended,completed,homicide,chosen,level", [
    (33, False, 31, "(a)(2)", 31),  # (a)(1) 30 < 31
    (34, False, 31, "(a)(1)", 31),  # 31 = 31: the first of equals, (a)(1)
    (35, False, 31, "(a)(1)", 32),  # 32 > 31
    (31, True, 31, "(a)(1)", 31)])  # all acts completed: no decrease, equal
def test_the_greater_at_its_edges(intended, completed, homicide, chosen, level):
    found = steps(G, KEY, "2016", _intent(intended, completed) + '\nhomicide_guideline = "other"'
                  f"\nhomicide_offense_level = {homicide}")
    mine = [s for s in found if s[0].startswith("§2K3.2")]
    other = "(a)(1)" if chosen == "(a)(2)" else "(a)(2)"
    assert mine == [(f"§2K3.2{chosen}", f"= {level}", level),
                    (f"§2K3.2{other}", "set aside", level)]


@pytest.mark.parametrize("manual", ["1987-11-01", "1989-11-01"])
def test_refused_before_amendment_334(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, _intent(24), manual))
    assert "§2K3.2" in err and "Amendment 334" in err


@pytest.mark.parametrize("facts,field", [
    ("", "offense.injurious_mailing"),
    ('homicide_guideline = "2A1.4"', "offense.injurious_mailing.homicide_guideline"),
    ('homicide_guideline = "other"', "offense.injurious_mailing"),
    ("all_acts_completed = true", "offense.injurious_mailing")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # 1990: (a)(1) §2X1.1 on 24, -3 = 21; category I: 37-46 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, _intent(24), "1990-11-01"))
    assert chapter_two_steps(result) == [("§2X1.1(a)", 24), ("§2X1.1(b)(1)", 21),
                                         ("§2K3.2(a)(1)", 21)]
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}


def test_example_file(capsys):
    # examples/injurious-mailing-2k3.2-2016.toml: (a)(1) §2X1.1 on 28, all acts completed (no
    # decrease, shown) = 28; category I: 78-97 months
    result = calc_json(capsys, EXAMPLES / "injurious-mailing-2k3.2-2016.toml")
    assert chapter_two_steps(result) == [("§2X1.1(a)", 28), ("§2X1.1(b)(1)", 28),
                                         ("§2K3.2(a)(1)", 28)]
    assert result["range"] == {"min_months": 78, "max_months": 97, "life": False}
