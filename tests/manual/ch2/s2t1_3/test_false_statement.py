"""§2T1.3 (Fraud and False Statements Under Penalty of Perjury), Nov. 1, 1987 - Oct. 31, 1993
(tables/tax_false_statement.toml): the tax loss computed exactly (28 percent, 34 for a
corporation, of the greater understatement, plus 100 percent of the false credits); (a)(1)
only "if the offense was committed in order to facilitate evasion of a tax", else 6; refused
from Nov. 1, 1993.

Sources (appendix_c_2016/APPENDIX_C_Vol_I.txt under /work/shared/reference/ussg/):
  A491 = lines 15226-15243 (§2T1.3 as Amendment 491 deletes it)
  A228 = lines 4333-4338 ((b)(1) before Nov. 1, 1989)
  T1987, T1989 = the Tax Tables (tests/manual/ch2/s2t1_1/test_tax_table.py)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    return chapter_two(manual, "2T1.3", "tax_false_statement", facts)


def test_worked_case_1990(capsys):
    """examples/tax-false-statement-2t1.3-1990.toml: 28% of $40,000 = $11,200, T1989 (D)
    more than $10,000 9; (b)(2) +2."""
    result = calc_json(capsys, ROOT / "examples" / "tax-false-statement-2t1.3-1990.toml")
    assert chapter_two_steps(result) == [("§2T1.3(a)(1)", 9), ("§2T1.3(b)(2)", 11)]
    base = next(s for s in result["steps"] if s["section"] == "§2T1.3(a)(1)")
    assert "28% of $40,000 (gross income understated, the greater)" in base["reason"]
    assert result["range"] == {"min_months": 8, "max_months": 14, "life": False}


@pytest.mark.parametrize("facts,expected", [
    # T1989 (D) "More than $10,000 9": 28% x $35,714.28 = $9,999.9984; x $35,714.29 =
    # $10,000.0012
    ({"gross_income_understated": "$35,714.28"}, 8),
    ({"gross_income_understated": "$35,714.29"}, 9),
    ({"taxable_income_understated": "$35,714.29", "gross_income_understated": "$1"}, 9),
    ({"gross_income_understated": "$29,411.77", "corporation": True}, 9),  # 34%
    ({"gross_income_understated": "$29,411.76", "corporation": True}, 8),
    ({"false_credits": "$10,000"}, 8),  # 100%: $10,000, not more than $10,000
    ({"false_credits": "$10,000.01"}, 9),
])
def test_the_tax_loss_at_a_table_edge(facts, expected):
    assert _steps("1990", to_facilitate_evasion=True, **facts) == [("§2T1.3(a)(1)", expected)]


def test_otherwise_6_whatever_the_understatement():
    # A491 (a)(2) "6, otherwise"
    assert _steps("1990", gross_income_understated="$5,000,000") == [("§2T1.3(a)(2)", 6)]


def test_1987_a_computed_loss_between_whole_dollar_lines_is_refused(capsys, tmp_path):
    # T1987 "(B) $2,000 - $5,000 7", "(C) $5,001 - $10,000 8": 28% of $17,860 = $5,000.80
    err = calc_refused(capsys, case_file(tmp_path, "2T1.3", "tax_false_statement",
                                         'to_facilitate_evasion = true\n'
                                         'gross_income_understated = "$17,860"', "1988-01-15"))
    assert "offense.tax_false_statement.gross_income_understated" in err
    assert "whole dollars" in err


def test_1987_livelihood_prong():
    # A228: 1987 (b)(1)(B)
    assert _steps("1988-01-15", criminal_livelihood_concealed=True) == [
        ("§2T1.3(a)(2)", 6), ("§2T1.3(b)(1)(B)", 8), ("§2T1.3(b)(1)", 12)]


@pytest.mark.parametrize("manual", ["1993-11-01", "2016"])
def test_refused_after_the_1993_consolidation(capsys, tmp_path, manual):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.3", "tax_false_statement",
                                         "to_facilitate_evasion = true", manual))
    assert "offense.guideline" in err and "Amendment 491" in err


def test_a_computed_tax_loss_is_shown_exactly(capsys, tmp_path):
    # 28% of $35,714.28 = $9,999.9984: not rounded to "$10,000.00" on the worksheet
    result = calc_json(capsys, case_file(tmp_path, "2T1.3", "tax_false_statement",
                                         'to_facilitate_evasion = true\n'
                                         'gross_income_understated = "$35,714.28"', "1990"))
    step = next(s for s in result["steps"] if s["section"] == "§2T1.3(a)(1)")
    assert "$9,999.9984" in step["input"] and step["level"] == 8
