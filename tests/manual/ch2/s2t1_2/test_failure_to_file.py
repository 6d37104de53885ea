"""§2T1.2 (Willful Failure To File Return, Supply Information, or Pay Tax), Nov. 1, 1987 -
Oct. 31, 1993 (tables/tax_failure_to_file.toml): (a)(1) one level less than the Tax Table's,
(a)(2) 5, (b) as §2T1.1's, (c)(1) from 1989; refused from Nov. 1, 1993.

Sources (appendix_c_2016/APPENDIX_C_Vol_I.txt under /work/shared/reference/ussg/):
  A491 = lines 15169-15191 (§2T1.2 as Amendment 491 deletes it: "(1) 1 level less than the
         level from §2T4.1 (Tax Table) corresponding to the tax loss; or (2) 5, if there is no
         tax loss"; (c)(1) "apply §2S1.3 ... in lieu of this guideline")
  A225 = lines 4301-4306 ((c) added Nov. 1, 1989)
  T1987, T1989 = the Tax Tables (tests/manual/ch2/s2t1_1/test_tax_table.py)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    return chapter_two(manual, "2T1.2", "tax_failure_to_file", facts)


def test_worked_case_1991(capsys):
    """examples/tax-failure-to-file-2t1.2-1991.toml: $9,000, T1989 (C) 8, less 1 = 7."""
    result = calc_json(capsys, ROOT / "examples" / "tax-failure-to-file-2t1.2-1991.toml")
    assert chapter_two_steps(result) == [("§2T1.2(a)(1)", 7)]
    assert result["range"] == {"min_months": 1, "max_months": 7, "life": False}


@pytest.mark.parametrize("manual,loss,expected", [
    ("1990", "0", [("§2T1.2(a)(2)", 5)]),           # A491 (a)(2)
    ("1990", "$2,000", [("§2T1.2(a)(1)", 5)]),      # T1989 (A) 6, less 1
    ("1990", "$2,000.01", [("§2T1.2(a)(1)", 6)]),   # (B) 7, less 1
    ("1990", "$80,000,000.01", [("§2T1.2(a)(1)", 23)]),  # (S) 24, less 1
    ("1988-01-15", "$1,999", [("§2T1.2(a)(1)", 5)]),   # T1987 (A) less than $2,000
    ("1988-01-15", "$5,001", [("§2T1.2(a)(1)", 7)]),   # T1987 (C) $5,001 - $10,000 8
    ("1992-11-01", "$5,000.01", [("§2T1.2(a)(1)", 7)]),
])
def test_one_level_less_than_the_tax_table(manual, loss, expected):
    assert _steps(manual, tax_loss=loss) == expected


def test_characteristics_as_2t1_1s():
    assert _steps("1990", tax_loss="$3,000", criminal_income_unreported=True,
                  sophisticated_means=True) == [
        ("§2T1.2(a)(1)", 6), ("§2T1.2(b)(1)", 8), ("§2T1.2(b)(1)", 12), ("§2T1.2(b)(2)", 14)]


def test_cross_reference_to_2s1_3_in_lieu():
    # A491 (c)(1): "apply §2S1.3 ... in lieu of this guideline": the stated level replaces it
    assert _steps("1990", tax_loss="$50,000", section_6050i_offense_level=9) == [
        ("§2T1.2(a)(1)", 10), ("§2T1.2(c)(1)", 9)]


def test_no_cross_reference_before_amendment_225(capsys, tmp_path):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.2", "tax_failure_to_file",
                                         'tax_loss = "$50,000"\nsection_6050i_offense_level = 9',
                                         "1988-06-15"))
    assert "offense.tax_failure_to_file.section_6050i_offense_level" in err
    assert "Amendment 225" in err


@pytest.mark.parametrize("manual", ["1993-11-01", "2025"])
def test_refused_after_the_1993_consolidation(capsys, tmp_path, manual):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.2", "tax_failure_to_file",
                                         'tax_loss = "$50,000"', manual))
    assert "offense.guideline" in err and "Amendment 491" in err and "apply §2T1.1" in err


def test_sophisticated_concealment_is_not_in_any_edition_of_it(capsys, tmp_path):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.2", "tax_failure_to_file",
                                         'tax_loss = "$50,000"\nsophisticated_concealment = true',
                                         "1990"))
    assert "offense.tax_failure_to_file.sophisticated_concealment" in err
