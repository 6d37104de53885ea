"""§2E5.3 (False Statements and Concealment of Facts in Relation to Documents Required by ERISA;
...) by edition (tables/erisa_false_statements.toml): the greater of (1) 6 and (2) the level under
the guideline (a)(2) applies, through the registry.

Sources (../shared/reference/ussg/): Amendment 151 (appendix_c_2016/APPENDIX_C_Vol_I.txt lines
3054-3063); Amendment 481 (lines 14187-14192); Amendment 647 (APPENDIX_C_Vol_II.txt lines
12103-12117); manual_2016/GLM2016_fulltext.txt lines 6213-6227; manual_2025/GLM2025_fulltext.txt
lines 10998-11039.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "erisa_false_statements"
MAX = "statutory_maximum_months = 60\n"


def run(capsys, tmp_path: Path, manual: str, facts: str, more: str = ""):
    path = case_file(tmp_path, "2E5.3", KEY, facts, manual, more)
    text = path.read_text().replace('guideline = "2E5.3"\n', 'guideline = "2E5.3"\n' + MAX)
    path.write_text(text)
    return calc_json(capsys, path)


def refused(capsys, tmp_path: Path, manual: str, facts: str, more: str = "") -> str:
    return calc_refused(capsys, case_file(tmp_path, "2E5.3", KEY, facts, manual, more))


# (not 1987: its Sentencing Table cell at level 6 is refused, Amendment 270)
@pytest.mark.parametrize("manual", ["1989-11-01", "1993-11-01", "2003-01-25", "2025"])
def test_nothing_facilitated_is_6(capsys, tmp_path: Path, manual):
    assert chapter_two_steps(run(capsys, tmp_path, manual, "")) == [("§2E5.3(a)(1)", 6)]


BRIBE = ("[offense.benefit_plan_bribery]\npayment = \"bribe\"\nfiduciary_of = \"benefit_plan\"\n"
         "prohibited_payment_value = \"$30,000\"\n")


@pytest.mark.parametrize("manual,value_step", [
    ("1989-11-01", ("§2E5.1(b)(2)", 16)), ("1995-11-01", ("§2E5.1(b)(2)", 16)),
    ("2016", ("§2E5.1(b)(2)(B)", 16))])
def test_bribe_through_2e5_1(capsys, tmp_path: Path, manual, value_step):
    result = run(capsys, tmp_path, manual, 'facilitated_offense = "bribe_or_gratuity"', BRIBE)
    assert chapter_two_steps(result) == [("§2E5.1(a)(1)", 10), ("§2E5.1(b)(1)", 12), value_step,
                                         ("§2E5.3(a)(2)", 16), ("§2E5.3(a)(1)", 16)]


# the greater: (a)(2) at 6 or below keeps (a)(1); 7 takes (a)(2)
@pytest.mark.parametrize("level,expected", [
    (5, [("§2E5.3(a)(1)", 6), ("§2E5.3(a)(2)", 6)]),
    (6, [("§2E5.3(a)(1)", 6), ("§2E5.3(a)(2)", 6)]),
    (7, [("§2E5.3(a)(2)", 7), ("§2E5.3(a)(1)", 7)])])
def test_2e5_2_level_stated_before_1993(capsys, tmp_path: Path, level, expected):
    result = run(capsys, tmp_path, "1991-11-01",
                 f'facilitated_offense = "embezzlement"\nunderlying_offense_level = {level}')
    assert chapter_two_steps(result) == expected


def test_2e5_2_level_required_before_1993(capsys, tmp_path: Path):
    err = refused(capsys, tmp_path, "1989-11-01", 'facilitated_offense = "theft"',
                  '[offense.theft_fraud]\nloss = "$100,000"\n')
    assert f"offense.{KEY}.underlying_offense_level" in err and "§2E5.2" in err


def test_2b1_1_facts_refused_before_1993(capsys, tmp_path: Path):
    err = refused(capsys, tmp_path, "1990-11-01",
                  'facilitated_offense = "theft"\nunderlying_offense_level = 10',
                  '[offense.theft_fraud]\nloss = "$100,000"\n')
    assert "offense.theft_fraud" in err  # §2E5.2's level is stated: no §2B1.1 facts


def test_theft_through_2b1_1_from_1993(capsys, tmp_path: Path):
    result = run(capsys, tmp_path, "1995-11-01", 'facilitated_offense = "embezzlement"',
                 '[offense.theft_fraud]\nloss = "$100,000"\n')
    assert chapter_two_steps(result)[-2:] == [("§2E5.3(a)(2)", 12), ("§2E5.3(a)(1)", 12)]


def test_obstruction_through_2j1_2_from_2003(capsys, tmp_path: Path):
    result = run(capsys, tmp_path, "2025", 'facilitated_offense = "obstruction"',
                 "[offense.obstruction]\n")
    assert chapter_two_steps(result) == [("§2J1.2(a)", 14), ("§2E5.3(a)(2)", 14),
                                         ("§2E5.3(a)(1)", 14)]


@pytest.mark.parametrize("manual,kind,amendment,more", [
    ("1987-11-01", "theft", "151", '[offense.theft_fraud]\nloss = "$100,000"\n'),
    ("2001-11-01", "fraud", "647", '[offense.theft_fraud]\nloss = "$100,000"\n'),
    ("2002-11-01", "obstruction", "647", "[offense.obstruction]\n")])
def test_kinds_refused_before_their_amendment(capsys, tmp_path: Path, manual, kind, amendment,
                                              more):
    err = refused(capsys, tmp_path, manual, f'facilitated_offense = "{kind}"', more)
    assert f"offense.{KEY}.facilitated_offense" in err and f"Amendment {amendment}" in err


def test_the_other_guidelines_facts_are_required(capsys, tmp_path: Path):
    err = refused(capsys, tmp_path, "2016", 'facilitated_offense = "bribe_or_gratuity"')
    assert "offense.benefit_plan_bribery" in err


def test_stated_level_refused_where_computed(capsys, tmp_path: Path):
    err = refused(capsys, tmp_path, "2016",
                  'facilitated_offense = "bribe_or_gratuity"\nunderlying_offense_level = 20')
    assert f"offense.{KEY}.underlying_offense_level" in err


def test_the_words_by_edition(capsys, tmp_path: Path):
    def reason(manual: str) -> str:
        result = run(capsys, tmp_path, manual,
                     'facilitated_offense = "embezzlement"\nunderlying_offense_level = 9')
        return next(s["reason"] for s in result["steps"] if s["section"] == "§2E5.3(a)(2)")
    assert "false records were used for criminal conversion of funds" in reason("1987-11-01")
    assert "facilitate or conceal a theft or embezzlement" in reason("1989-11-01")


def test_example_file(capsys):
    # examples/erisa-false-statements-2e5.3-2016.toml: §2E5.1 16 > 6; 21-27 months
    result = calc_json(capsys, EXAMPLES / "erisa-false-statements-2e5.3-2016.toml")
    assert chapter_two_steps(result) == [("§2E5.1(a)(1)", 10), ("§2E5.1(b)(1)", 12),
                                         ("§2E5.1(b)(2)(B)", 16), ("§2E5.3(a)(2)", 16),
                                         ("§2E5.3(a)(1)", 16)]
    assert result["range"] == {"min_months": 21, "max_months": 27, "life": False}
