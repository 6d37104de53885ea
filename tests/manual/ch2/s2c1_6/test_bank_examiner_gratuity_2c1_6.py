"""§2C1.6 (Loan or Gratuity to Bank Examiner, or Gratuity for Adjustment of Farm Indebtedness,
or Procuring Bank Loan, or Discount of Commercial Paper), Nov. 1, 1987 - Oct. 31, 2004
(tables/bank_examiner_gratuity_2c1_6.toml). (a) 7 and comment. (n.1) as Amendment 666 quotes
them (APPENDIX_C_Vol_III.txt lines 3183-3199); (b)(1) before Nov. 1, 2001 as Amendment 617
quotes it (APPENDIX_C_Vol_II.txt lines 6582-6584), then 617's (lines 6586-6589). It reads
§2C1.2's [offense.gratuity]."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2C1.6"
K = "gratuity"


@pytest.mark.parametrize("manual, value, add", [
    # 1987-2001: "If the value of the gratuity exceeded $2,000", §2F1.1's table
    ("1990-11-01", "$2,000", 0), ("1990-11-01", "$2,000.01", 1),
    ("1990-11-01", "$5,000.01", 2),
    # 2001-2004: "(i) exceeded $2,000 but did not exceed $5,000, increase by 1 level; or (ii)
    # exceeded $5,000", §2B1.1's table (2001: "More than $5,000 add 2")
    ("2002-11-01", "$2,000", 0), ("2002-11-01", "$2,000.01", 1), ("2002-11-01", "$5,000", 1),
    ("2002-11-01", "$5,000.01", 2)])
def test_value_edges(manual, value, add):
    found = steps(G, K, manual, f'gratuity_value = "{value}"')
    assert found[0] == ("§2C1.6(a)", "= 7", 7) and found[-1][2] == 7 + add


def test_no_value_stated_is_7():
    assert steps(G, K, "1995-11-01") == [("§2C1.6(a)", "= 7", 7)]


@pytest.mark.parametrize("fact", ["more_than_one_gratuity = true", "high_level_official = true"])
def test_a_fact_its_words_lack_is_refused(capsys, tmp_path: Path, fact):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, K, "1995-11-01", fact)))
    assert f"offense.gratuity.{fact.split(' ')[0]}" in err and "§2C1.6" in err


def test_no_3b1_3(capsys, tmp_path: Path):
    # comment. (n.1) (Vol_III line 3196)
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(
        G, K, "1995-11-01", more="[adjustments.role]\nabuse_of_trust = true\n")))
    assert "adjustments.role.abuse_of_trust" in err and "comment. (n.1)" in err


def test_refused_from_amendment_666(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, K, "2004-11-01")))
    assert "Nov. 1, 2004" in err and "Amendment 666" in err and 'guideline = "2C1.2"' in err


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # 2002: a $4,000 gratuity: 7, (b)(1)(i) +1 = 8; VI: 18-24 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(
        G, K, "2002-11-01", 'gratuity_value = "$4,000"')))
    assert chapter_two_steps(result) == [("§2C1.6(a)", 7), ("§2C1.6(b)(1)(A)", 8)]
    assert result["range"] == {"min_months": 18, "max_months": 24, "life": False}
