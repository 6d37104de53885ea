"""§2J1.5 (Failure to Appear by Material Witness), every edition from Nov. 1, 1987
(tables/material_witness_failure_to_appear.toml).

Sources (../shared/reference/ussg/): Amendment 177 (appendix_c_2016/APPENDIX_C_Vol_I.txt lines
3457-3463: (b)(1)'s "substantially interfered" became "resulted in substantial interference",
eff. Nov. 1, 1989); manual_2016/GLM2016_fulltext.txt lines 7155-7179;
manual_2025/GLM2025_fulltext.txt lines 12977-13013.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2J1.5", "material_witness"
EDITIONS = ["1987-11-01", "1988-10-15", "1989-11-01", "2016", "2025"]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("found,paragraph,level", [("felony", "(a)(1)", 6),
                                                   ("misdemeanor", "(a)(2)", 4)])
def test_base_by_the_prosecution(manual, found, paragraph, level):
    # 2016 lines 7159-7161: "(1) 6, if in respect to a felony; or (2) 4, if in respect to a
    # misdemeanor"
    assert steps(G, KEY, manual, f'in_respect_to = "{found}"') == [
        (f"§2J1.5{paragraph}", f"= {level}", level)]


@pytest.mark.parametrize("manual,words", [
    ("1987-11-01", "substantially interfered with"), ("1988-10-15", "substantially interfered"),
    ("1989-11-01", "resulted in substantial interference"),
    ("2025", "resulted in substantial interference")])
def test_substantial_interference_plus_3(manual, words):
    from ussg.guidelines import calculate, parse_case
    computation = calculate(parse_case(case_text(
        G, KEY, manual, 'in_respect_to = "felony"\nsubstantial_interference = true')))
    chapter_two = [s for s in computation.steps if s.chapter == "chapter_two"]
    assert [(s.section, s.change, s.level) for s in chapter_two] == [
        ("§2J1.5(a)(1)", "= 6", 6), ("§2J1.5(b)(1)", "+3", 9)]
    assert words in chapter_two[1].reason


@pytest.mark.parametrize("facts,field", [
    ("substantial_interference = true", "offense.material_witness.in_respect_to"),
    ('in_respect_to = "petty_offense"', "offense.material_witness.in_respect_to"),
    ('in_respect_to = "felony"\nsubstantial_interference = "yes"',
     "offense.material_witness.substantial_interference")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_cases_through_the_cli(capsys, tmp_path: Path):
    # 1987: (a)(2) 4, (b)(1) +3 = 7; category VI: 15-21 months
    result = calc_json(capsys, write_case(tmp_path, "c1987", case_text(
        G, KEY, "1987-11-01", 'in_respect_to = "misdemeanor"\nsubstantial_interference = true')))
    assert chapter_two_steps(result) == [("§2J1.5(a)(2)", 4), ("§2J1.5(b)(1)", 7)]
    assert result["range"] == {"min_months": 15, "max_months": 21, "life": False}
    # 2016: (a)(1) 6; category VI: 12-18 months
    result = calc_json(capsys, write_case(tmp_path, "c2016", case_text(
        G, KEY, "2016", 'in_respect_to = "felony"')))
    assert chapter_two_steps(result) == [("§2J1.5(a)(1)", 6)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


def test_example_file(capsys):
    # examples/material-witness-2j1.5-2025.toml: (a)(1) 6, (b)(1) +3 = 9; category I: 4-10
    result = calc_json(capsys, EXAMPLES / "material-witness-2j1.5-2025.toml")
    assert chapter_two_steps(result) == [("§2J1.5(a)(1)", 6), ("§2J1.5(b)(1)", 9)]
    assert result["range"] == {"min_months": 4, "max_months": 10, "life": False}
