"""§2T1.4 (Aiding, Assisting, Procuring, Counseling, or Advising Tax Fraud) by edition
(tables/tax_aiding_assisting.toml): (a) the Tax Table level (before Nov. 1, 1993 for §2T1.3's
tax loss, computed), (a)(2) 6; (b)(1) and, before 1993, (b)(3) each +2, from 1993 one
increase for either prong; (b)(2) in §2T1.1(b)(2)'s words of the date.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 17469-17487 (= manual_2016 lines 9351-9365)
  A491  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 15280-15293 ((a) "resulting tax loss, if
          any" and "§2T1.3" before 1993; (b)(1) without (B); (b)(3) "If the defendant was in
          the business of preparing or assisting in the preparation of tax returns, increase by
          2 levels.")
  A577  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 127-131 ((b)(2) 1993-1998, 1998-2001)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    return chapter_two(manual, "2T1.4", "tax_aiding", facts)


def test_worked_case_2025(capsys):
    """examples/tax-aiding-2t1.4-2025.toml: $95,000, T2015 (E) more than $40,000 14; (b)(1)(B)
    +2; acceptance -3."""
    result = calc_json(capsys, ROOT / "examples" / "tax-aiding-2t1.4-2025.toml")
    assert chapter_two_steps(result) == [("§2T1.4(a)(1)", 14), ("§2T1.4(b)(1)(B)", 16)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


def test_both_prongs_one_increase_from_1993():
    # S2025 (b)(1): "If (A) ...; or (B) ..., increase by 2 levels"
    assert _steps("2025", tax_loss="$15,000.01", scheme_income=True, return_preparer=True,
                  sophisticated_means=True) == [
        ("§2T1.4(a)(1)", 12), ("§2T1.4(b)(1)", 14), ("§2T1.4(b)(2)", 16)]


def test_before_1993_the_tax_loss_of_2t1_3_and_b3_separate():
    # A491: 28% of $50,000 = $14,000: T1989 (D) more than $10,000 9; (b)(1) +2; (b)(3) +2;
    # (b)(2) +2 (no floor)
    assert _steps("1990", understatement={"gross_income_understated": "$50,000"},
                  scheme_income=True, return_preparer=True, sophisticated_means=True) == [
        ("§2T1.4(a)(1)", 9), ("§2T1.4(b)(1)", 11), ("§2T1.4(b)(3)", 13), ("§2T1.4(b)(2)", 15)]


def test_no_tax_loss():
    assert _steps("1990") == [("§2T1.4(a)(2)", 6)]  # A491: "6, otherwise"
    assert _steps("2025", tax_loss="0") == [("§2T1.4(a)(2)", 6)]  # S2025 (a)(2)


def test_sophisticated_concealment_1998_to_2001():
    # A577: no floor then; from 2001 (S2025) the floor of 12
    assert _steps("1998-11-01", tax_loss="$100", sophisticated_concealment=True) == [
        ("§2T1.4(a)(1)", 6), ("§2T1.4(b)(2)", 8)]
    assert _steps("2001-11-01", tax_loss="$100", sophisticated_means=True) == [
        ("§2T1.4(a)(1)", 6), ("§2T1.4(b)(2)", 8), ("§2T1.4(b)(2)", 12)]


@pytest.mark.parametrize("manual,facts,field,words", [
    ("1990", 'tax_loss = "$5,000"', "tax_loss", "§2T1.3"),
    ("2016", '[offense.tax_aiding.understatement]\ngross_income_understated = "$5,000"',
     "understatement", "Amendment 491"),
    ("2016", "return_preparer = true", "tax_loss", "give the tax loss"),
    ("2000-11-01", 'tax_loss = "$5,000"\nsophisticated_means = true', "sophisticated_means",
     "sophisticated concealment"),
])
def test_refusals_name_the_field(capsys, tmp_path, manual, facts, field, words):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.4", "tax_aiding", facts, manual))
    assert f"offense.tax_aiding.{field}" in err and words in err
