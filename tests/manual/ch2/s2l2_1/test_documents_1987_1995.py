"""§2L2.1 (trafficking in a document) and §2L2.2 (documents for own use) from Nov. 1, 1987 to
Oct. 31, 1995 (issue #15), rebuilt from the words the amendments of their historical notes (2016
Manual lines 8053 and 8103) struck, through the real CLI and the real tables.

Sources (appendix_c_2016/APPENDIX_C_Vol_I.txt under /work/shared/reference/ussg/):
  A195 = lines 3875-3877: §2L2.1(a) "6" to "9"; (b)(1) "for profit, increase by 3 levels" to
         "other than for profit, decrease by 3 levels" (Nov. 1, 1989)
  A196 = lines 3881-3893: §2L2.2(b)(1) "If the defendant is an unlawful alien who has been
         deported ... increase by 2 levels." (Nov. 1, 1989)
  A450 = lines 12570-12577: §2L2.1(b)(2) "six or more sets of documents", (A) 6-24 add 2, (B)
         25-99 add 4, (C) 100 or more add 6 (Nov. 1, 1992)
  A481 = lines 14383-14384: "or passports" in §2L2.1(b)(2) (Nov. 1, 1993)
  A524 = lines 17339-17345: "documents" for "sets of documents"; (b)(3) +4 (Nov. 1, 1995)
  A544 = lines 19384-19395, 19428: quotes §2L2.1(a) "9", (b)(1), and §2L2.2(a) "6" as of 1997
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.manual.ch2.immigration_cli import calc, chapter_two, refused
from tests.manual.ch2.s2l2_1.test_immigration_documents import case_file as _case_file


def case_file(tmp_path: Path, guideline: str, facts: str, name: str = "case") -> Path:
    """The Part L test case without its statute and statutory maximum (the fine statute is not
    entered for Nov. 1, 1987 - Jan. 14, 1988; the levels are what these tests are about), in
    criminal history category VI (the 1987 Sentencing Table's cells at the lowest levels in
    the lower categories are not known: refused, naming Amendment 270)."""
    path = _case_file(tmp_path, guideline, facts, name)
    text = path.read_text().replace('statute = "18 U.S.C. § 1546(a)"\n', "")
    text = text.replace("statutory_maximum_months = 120\n", "")
    path.write_text(text.replace('category = "I"', 'category = "VI"'))
    return path


def levels(capsys, path: Path, guideline: str, manual: str) -> list:
    return chapter_two(calc(capsys, path, "--manual", manual), f"§{guideline}")


@pytest.mark.parametrize("facts,expected", [
    # A195 (undone): (a) 6, "If the defendant committed the offense for profit, increase by 3"
    ("", [("§2L2.1(a)", None, 6), ("§2L2.1(b)(1)", 3, 9)]),
    ("other_than_for_profit = true", [("§2L2.1(a)", None, 6)]),
])
def test_trafficking_1987(tmp_path, capsys, facts, expected):
    assert levels(capsys, case_file(tmp_path, "2L2.1", facts), "2L2.1", "1987-11-01") == expected


@pytest.mark.parametrize("manual", ["1989-11-01", "1991-11-01"])
@pytest.mark.parametrize("facts,expected", [
    # A195: (a) 9, "other than for profit, decrease by 3 levels"
    ("", [("§2L2.1(a)", None, 9)]),
    ("other_than_for_profit = true", [("§2L2.1(a)", None, 9), ("§2L2.1(b)(1)", -3, 6)]),
])
def test_trafficking_1989(tmp_path, capsys, manual, facts, expected):
    assert levels(capsys, case_file(tmp_path, "2L2.1", facts), "2L2.1", manual) == expected


DOCUMENTS = [(5, []), (6, [("§2L2.1(b)(2)(A)", 2, 11)]), (24, [("§2L2.1(b)(2)(A)", 2, 11)]),
             (25, [("§2L2.1(b)(2)(B)", 4, 13)]), (99, [("§2L2.1(b)(2)(B)", 4, 13)]),
             (100, [("§2L2.1(b)(2)(C)", 6, 15)])]


@pytest.mark.parametrize("manual,words", [("1992-11-01", "sets of documents:"),
                                          ("1993-11-01", "sets of documents or passports:")])
@pytest.mark.parametrize("documents,expected", DOCUMENTS)
def test_number_of_documents_from_1992(tmp_path, capsys, manual, words, documents, expected):
    # A450 (and A481's "or passports"): 6-24 add 2, 25-99 add 4, 100 or more add 6, over 9
    result = calc(capsys, case_file(tmp_path, "2L2.1", f"documents = {documents}"),
                  "--manual", manual)
    assert chapter_two(result, "§2L2.1") == [("§2L2.1(a)", None, 9)] + expected
    if expected:
        step = next(s for s in result["steps"] if s["section"].startswith("§2L2.1(b)(2)"))
        assert words in step["reason"]


@pytest.mark.parametrize("manual", ["1987-11-01", "1991-11-01"])
def test_documents_refused_before_amendment_450(tmp_path, capsys, manual):
    err = refused(capsys, case_file(tmp_path, "2L2.1", "documents = 6"), "--manual", manual)
    assert "offense.document_trafficking.documents" in err and "Amendment 450" in err


@pytest.mark.parametrize("manual", ["1987-11-01", "1993-11-01"])
def test_passport_for_felony_refused_before_amendment_524(tmp_path, capsys, manual):
    path = case_file(tmp_path, "2L2.1", "passport_or_visa_for_felony = true")
    err = refused(capsys, path, "--manual", manual)
    assert "offense.document_trafficking.passport_or_visa_for_felony" in err
    assert "Amendment 524" in err


@pytest.mark.parametrize("guideline,table", [("2L2.1", "document_trafficking"),
                                             ("2L2.2", "document_own_use")])
def test_felony_immigration_priors_refused_before_1997(tmp_path, capsys, guideline, table):
    path = case_file(tmp_path, guideline, 'immigration_felony_priors = ["1"]')
    err = refused(capsys, path, "--manual", "1993-11-01")
    assert f"offense.{table}.immigration_felony_priors" in err


def test_own_use_1987_has_no_characteristic(tmp_path, capsys):
    # A196 inserted (b); before it comment. (n.1) only recommended a departure
    assert levels(capsys, case_file(tmp_path, "2L2.2", ""), "2L2.2", "1988-06-15") == [
        ("§2L2.2(a)", None, 6)]
    err = refused(capsys, case_file(tmp_path, "2L2.2", "previously_deported = true"),
                  "--manual", "1988-06-15")
    assert "offense.document_own_use.previously_deported" in err and "Amendment 196" in err


@pytest.mark.parametrize("manual", ["1989-11-01", "1993-11-01"])
def test_own_use_deported_from_1989(tmp_path, capsys, manual):
    # A196: +2 over (a) 6
    path = case_file(tmp_path, "2L2.2", "previously_deported = true")
    assert levels(capsys, path, "2L2.2", manual) == [("§2L2.2(a)", None, 6),
                                                     ("§2L2.2(b)(1)", 2, 8)]


def test_worked_case_trafficking_1994(tmp_path, capsys):
    """Nov. 1, 1994 Manual: 30 sets of documents or passports trafficked for profit: (a) 9,
    (b)(2)(B) +4 = 13."""
    assert levels(capsys, case_file(tmp_path, "2L2.1", "documents = 30"), "2L2.1",
                  "1994-11-01") == [("§2L2.1(a)", None, 9), ("§2L2.1(b)(2)(B)", 4, 13)]


def test_worked_case_trafficking_1988(tmp_path, capsys):
    """June 15, 1988 Manual: documents trafficked for profit: (a) 6, (b)(1) +3 = 9."""
    assert levels(capsys, case_file(tmp_path, "2L2.1", ""), "2L2.1", "1988-06-15") == [
        ("§2L2.1(a)", None, 6), ("§2L2.1(b)(1)", 3, 9)]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(manual=st.sampled_from(["1992-11-01", "1993-11-01", "1994-11-01"]),
       a=st.integers(0, 300), more=st.integers(0, 300), profit=st.booleans())
def test_more_documents_never_lowers(tmp_path, capsys, manual, a, more, profit):
    def level(documents: int) -> int:
        path = case_file(tmp_path, "2L2.1", f"documents = {documents}\n"
                         f"other_than_for_profit = {str(profit).lower()}")
        result = calc(capsys, path, "--manual", manual)
        assert 1 <= result["table_offense_level"] <= 43
        return result["total_offense_level"]
    assert level(a) <= level(a + more)
