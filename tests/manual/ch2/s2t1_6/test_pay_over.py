"""§2T1.6 (Failing to Collect or Truthfully Account for and Pay Over Tax) by edition
(tables/tax_pay_over.toml): (a) the Tax Table level for the tax not paid over (1987: plus
interest); (b)(1) from Nov. 1, 1991, §2B1.1 if greater.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 17546-17556 (= manual_2016 lines 9387-9393)
  A232  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 4373-4376 (", plus interest" deleted, 1989)
  A409  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 10842-10848 ((b)(1) inserted, 1991)
  T1987 = the Tax Table of 1987 (tables/tax_table.toml: "(B) $2,000 - $5,000 7"), T1989
          (Amendment 237: "(B) More than $2,000 7"), T2015 (Amendment 791: "(B) More than
          $2,500 8", "(F) More than $100,000 16")
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    return chapter_two(manual, "2T1.6", "tax_pay_over", facts)


def test_worked_case_2025(capsys):
    """examples/tax-pay-over-2t1.6-2025.toml: $120,000, T2015 (F) 16; (b)(1) §2B1.1: 6, loss
    $300,000 +12 = 18, greater: 18; acceptance -3: 15, 18-24 months."""
    result = calc_json(capsys, ROOT / "examples" / "tax-pay-over-2t1.6-2025.toml")
    assert chapter_two_steps(result) == [
        ("§2T1.6(a)", 16), ("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)(G)", 18), ("§2T1.6(b)(1)", 18)]
    assert result["total_offense_level"] == 15
    assert result["range"] == {"min_months": 18, "max_months": 24, "life": False}


@pytest.mark.parametrize("tax,interest,level", [
    ("$1,500", "$499", 6),     # $1,999: T1987 (A) "less than $2,000"
    ("$1,500", "$500", 7),     # $2,000: (B) "$2,000 - $5,000"
    ("$5,000", "$0", 7),       # (B) to $5,000
    ("$5,000", "$1", 8),       # $5,001: (C)
])
def test_1987_the_tax_plus_interest(tax, interest, level):
    # A232: "... and paid over, plus interest" until Nov. 1, 1989
    assert _steps("1987-11-01", tax_not_paid_over=tax, interest=interest) == [
        ("§2T1.6(a)", level)]


@pytest.mark.parametrize("manual,tax,level", [
    ("1989-11-01", "$2,000", 6), ("1989-11-01", "$2,000.01", 7),   # T1989 (A)/(B)
    ("1993-11-01", "$1,700", 6), ("1993-11-01", "$1,700.01", 7),   # T1993
    ("2016", "$2,500", 6), ("2016", "$2,500.01", 8),               # T2015
    ("2025", "$100,000", 14), ("2025", "$100,000.01", 16),
])
def test_tax_table_edges_from_1989(manual, tax, level):
    assert _steps(manual, tax_not_paid_over=tax) == [("§2T1.6(a)", level)]


def test_cross_reference_stated_level_only_if_greater():
    # A409 / S2025 (b)(1): "if the resulting offense level is greater than that determined above"
    assert _steps("1991-11-01", tax_not_paid_over="$45,000", employee_embezzlement=True,
                  embezzlement_guideline="other", embezzlement_offense_level=12) == [
        ("§2T1.6(a)", 11), ("§2T1.6(b)(1)", 12)]
    assert _steps("2025", tax_not_paid_over="$45,000", employee_embezzlement=True,
                  embezzlement_guideline="other", embezzlement_offense_level=14) == [
        ("§2T1.6(a)", 14), ("§2T1.6(b)(1)", 14)]  # not greater: a note at 14


def test_worked_case_1990_through_the_cli(capsys, tmp_path):
    """1990 (Amendment 232 in force, no (b)): $45,000, T1989 (F) more than $40,000 11."""
    result = calc_json(capsys, case_file(tmp_path, "2T1.6", "tax_pay_over",
                                         'tax_not_paid_over = "$45,000"', "1990"))
    assert chapter_two_steps(result) == [("§2T1.6(a)", 11)]


@pytest.mark.parametrize("manual,facts,field,words", [
    ("1987-11-01", 'tax_not_paid_over = "$5,000"', "interest", "plus interest"),
    ("1990", 'tax_not_paid_over = "$5,000"\ninterest = "$10"', "interest", "Amendment 232"),
    ("1990", 'tax_not_paid_over = "$5,000"\nemployee_embezzlement = true\n'
     'embezzlement_guideline = "other"\nembezzlement_offense_level = 12',
     "employee_embezzlement", "Amendment 409"),
    ("2025", 'tax_not_paid_over = "$5,000"\nemployee_embezzlement = true\n'
     'embezzlement_guideline = "2B1.1"', "embezzlement_guideline", "2B1.1"),
    ("2025", 'tax_not_paid_over = "$5,000"\nemployee_embezzlement = true',
     "tax_pay_over", "embezzlement_guideline"),
    ("2025", 'tax_not_paid_over = 5000.5', "tax_not_paid_over", ""),
])
def test_refusals_name_the_field(capsys, tmp_path, manual, facts, field, words):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.6", "tax_pay_over", facts, manual))
    assert field in err and words in err and "Traceback" not in err
