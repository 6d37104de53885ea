"""§2J1.4 (Impersonation), every edition from Nov. 1, 1987 (tables/impersonation.toml).

Sources (../shared/reference/ussg/): Amendment 176 (appendix_c_2016/APPENDIX_C_Vol_I.txt lines
3441-3456: the 1987 (b)(1) it deletes, the (b)(1) and (c)(1) it inserts, eff. Nov. 1, 1989);
manual_2016/GLM2016_fulltext.txt lines 7135-7153; manual_2025/GLM2025_fulltext.txt lines
12944-12967. The edges run in-process through the engine; the worked cases the real CLI.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines import CaseFileError, calculate, parse_case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

G, KEY = "2J1.4", "impersonation"


def _text(manual: str, facts: str) -> str:
    # category VI: the 1987 Sentencing Table's zero-minimum cells are refused (Amendment 270)
    return (f'manual = "{manual}"\n[offense]\nguideline = "{G}"\n[offense.{KEY}]\n{facts}\n'
            f'[criminal_history]\ncategory = "VI"\n')


def _steps(manual: str, facts: str = "") -> list[tuple[str, str, int]]:
    computation = calculate(parse_case(_text(manual, facts)))
    return [(s.section, s.change, s.level) for s in computation.steps
            if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15", "1989-11-01", "2016", "2025"])
def test_base_level_6(manual):
    # 2016 line 7137, 2025 line 12946: "(a) Base Offense Level: 6" (no amendment touched it)
    assert _steps(manual) == [("§2J1.4(a)", "= 6", 6)]


# (b)(1): 1987 (Amendment 176's deleted words, lines 3442-3444): "to demand or obtain any
# money ... or other thing of value or to conduct an unlawful arrest or search"; from Nov. 1,
# 1989 (lines 3446-3447; 2016 line 7141): "an unlawful arrest, detention, or search".
@pytest.mark.parametrize("manual,purpose,applied", [
    ("1987-11-01", "obtain_thing_of_value", True), ("1987-11-01", "unlawful_arrest", True),
    ("1987-11-01", "unlawful_search", True), ("1988-10-15", "unlawful_detention", False),
    ("1989-11-01", "obtain_thing_of_value", False), ("1989-11-01", "unlawful_detention", True),
    ("2016", "unlawful_arrest", True), ("2025", "unlawful_search", True),
    ("2025", "obtain_thing_of_value", False)])
def test_purpose_by_edition(manual, purpose, applied):
    steps = _steps(manual, f'purpose = "{purpose}"')
    assert steps == [("§2J1.4(a)", "= 6", 6),
                     ("§2J1.4(b)(1)", "+6" if applied else "not applied", 12 if applied else 6)]


# (c)(1) from Nov. 1, 1989: §2X1.1 for the attempt, "if the resulting offense level is
# greater": at the edge (equal) it is not applied.
@pytest.mark.parametrize("stated,completed,result,applied", [
    (15, False, 12, False),  # 15 - 3 = 12: equal to (a)+(b)(1), not greater
    (16, False, 13, True),   # 16 - 3 = 13 > 12
    (12, True, 12, False),   # all acts completed: 12, equal
    (13, True, 13, True)])
def test_cross_reference_if_greater(stated, completed, result, applied):
    done = "\nall_acts_completed = true" if completed else ""
    steps = _steps("2016", f'purpose = "unlawful_arrest"\nfacilitated_offense_guideline = '
                           f'"other"\nfacilitated_offense_level = {stated}{done}')
    last = steps[-1]
    assert last[0] == "§2J1.4(c)(1)"
    assert (last[1], last[2]) == ((f"→ {result}", result) if applied else ("not applied", 12))


def test_cross_reference_refused_before_amendment_176(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(
        tmp_path, G, KEY, 'facilitated_offense_guideline = "other"\nfacilitated_offense_level = 20',
        "1988-10-15"))
    assert "offense.impersonation.facilitated_offense_guideline" in err and "Amendment 176" in err


@pytest.mark.parametrize("facts,field", [
    ('purpose = "bribery"', "offense.impersonation.purpose"),
    ('facilitated_offense_guideline = "other"', "offense.impersonation"),
    ("all_acts_completed = true", "offense.impersonation"),
    ('purpose = 6', "offense.impersonation.purpose")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_stated_level_needs_other():
    with pytest.raises(CaseFileError):
        parse_case(_text("2016", 'facilitated_offense_guideline = "2B1.1"\n'
                               'facilitated_offense_level = 9'))


def test_worked_cases_through_the_cli(capsys, tmp_path: Path):
    # 1987: 6 + 6 (a thing of value) = 12; category VI: 30-37 months
    path = tmp_path / "c1987.toml"
    path.write_text(_text("1987-11-01", 'purpose = "obtain_thing_of_value"'))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2J1.4(a)", 6), ("§2J1.4(b)(1)", 12)]
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}
    # 2025: 6 + 6 = 12, (c)(1): an attempted robbery, §2X1.1 on §2B3.1(a) 20 (its facts in
    # [offense.robbery] beside), an attempt -3 = 17 > 12; category VI: 51-63 months
    path = tmp_path / "c2025.toml"
    path.write_text(_text("2025", 'purpose = "unlawful_search"\nfacilitated_offense_guideline = '
                                  '"2B3.1"\n[offense.robbery]'))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2J1.4(a)", 6), ("§2J1.4(b)(1)", 12),
                                         ("§2B3.1(a)", 20), ("§2X1.1(a)", 20),
                                         ("§2X1.1(b)(1)", 17),
                                         ("§2J1.4(c)(1)", 17)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}


def test_example_file(capsys):
    # examples/impersonation-2j1.4-2016.toml: 6, +6 = 12, (c)(1) 16 - 3 = 13; 12-18 months
    result = calc_json(capsys, EXAMPLES / "impersonation-2j1.4-2016.toml")
    assert chapter_two_steps(result) == [("§2J1.4(a)", 6), ("§2J1.4(b)(1)", 12),
                                         ("§2X1.1(a)", 16), ("§2X1.1(b)(1)", 13),
                                         ("§2J1.4(c)(1)", 13)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}
