"""§2S1.1, comment. (n.3(C)): "Subsection (b)(2)(B) shall not apply if the defendant was
convicted of a conspiracy under 18 U.S.C. § 1956(h) and the sole object of that conspiracy was
to commit an offense set forth in 18 U.S.C. § 1957" (the case key
``conspiracy_1956h_sole_object_1957``). Sources (under /work/shared/reference/ussg/):
  n.3(C): manual_2016/GLM2016_fulltext.txt line 9153; manual_2025/GLM2025_fulltext.txt
    lines 16971-16973; from Nov. 1, 2001: appendix_c_2016/APPENDIX_C_Vol_II.txt lines
    9276-9288 (Amendment 634 writes into §1B1.3's note "... See Application Note 3(C) of
    §2S1.1.").
  §1B1.3's commentary ("Unless otherwise specified, an express direction ... includes ...
    conspiracy ... in respect to that particular statute"): GLM2016 line 817, GLM2025 lines
    1383-1386 — why (b)(2)(A) (§ 1957, +1) applies to such a conspiracy.
  (b)(2)(A) +1, (b)(2)(B) +2, (b)(3) "If (A) subsection (b)(2)(B) applies": GLM2025 lines
    16866-16885, GLM2016 lines 9109-9117.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused


def _case(tmp_path: Path, date: str, facts: str) -> Path:
    path = tmp_path / "conspiracy-1956h.toml"
    path.write_text("# §2S1.1 n.3(C) findings (tests/manual/ch2/s2s1_1/test_conspiracy_1956h.py)\n"
                    f"sentencing_date = {date}\n[case]\nname = \"1956(h)\"\n[offense]\n"
                    'guideline = "2S1.1"\nstatutory_maximum_months = 240\n'
                    f"[offense.laundering]\n{facts}\n[criminal_history]\ncategory = \"I\"\n")
    return path


def _steps(result: dict) -> list[tuple[str, str, int]]:
    return [(s["section"], s["change"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"]


# one date in each version of tables/money_laundering.toml from 2001 (634; 655) and the 2025
# Manual
ERAS = ["2002-06-01", "2016-06-01", "2025-12-15"]


@pytest.mark.parametrize("date", ERAS)
def test_a_1956h_conspiracy_to_commit_1957_takes_b2a_not_b2b(capsys, tmp_path, date):
    """(a)(2): 8 plus the §2B1.1 table for $600,000, +14 in each edition (more than $400,000
    until Oct. 31, 2015, more than $550,000 after) = 22; (b)(2)(B) not applied (n.3(C));
    (b)(2)(A) +1 = 23."""
    result = calc_json(capsys, _case(tmp_path, date, 'value_laundered = "$600,000"\n'
                                     'convicted_under = "1956"\n'
                                     "conspiracy_1956h_sole_object_1957 = true"))
    assert _steps(result) == [("§2S1.1(a)(2)", "= 22", 22),
                              ("§2S1.1(b)(2)(B)", "not applied", 22),
                              ("§2S1.1(b)(2)(A)", "+1", 23)]
    b2b = next(s for s in result["steps"] if s["section"] == "§2S1.1(b)(2)(B)")
    assert "n.3(C)" in b2b["reason"] and "§ 1956(h)" in b2b["reason"]
    b2a = next(s for s in result["steps"] if s["section"] == "§2S1.1(b)(2)(A)")
    assert "§1B1.3" in b2a["reason"] and "in respect to that particular statute" in b2a["reason"]


@pytest.mark.parametrize("date", ERAS)
def test_without_the_note_the_same_1956_conviction_takes_b2b(capsys, tmp_path, date):
    """The control: a § 1956 conviction otherwise, (b)(2)(B) +2 = 24."""
    result = calc_json(capsys, _case(tmp_path, date, 'value_laundered = "$600,000"\n'
                                     'convicted_under = "1956"'))
    assert _steps(result) == [("§2S1.1(a)(2)", "= 22", 22), ("§2S1.1(b)(2)(B)", "+2", 24)]


@pytest.mark.parametrize("date", ERAS)
def test_sophisticated_laundering_is_not_applied_without_b2b(capsys, tmp_path, date):
    """(b)(3) needs "(A) subsection (b)(2)(B) applies": shown not applied, citing n.3(C).
    With (a)(1) (underlying offense level 20, as determined): 20, (b)(2)(A) +1 = 21."""
    result = calc_json(capsys, _case(tmp_path, date, "committed_underlying_offense = true\n"
                                     "underlying_offense_level = 20\n"
                                     'convicted_under = "1956"\n'
                                     "conspiracy_1956h_sole_object_1957 = true\n"
                                     "sophisticated_laundering = true"))
    assert _steps(result) == [("§2S1.1(a)(1)", "= 20", 20),
                              ("§2S1.1(b)(2)(B)", "not applied", 20),
                              ("§2S1.1(b)(2)(A)", "+1", 21),
                              ("§2S1.1(b)(3)", "not applied", 21)]
    b3 = next(s for s in result["steps"] if s["section"] == "§2S1.1(b)(3)")
    assert "n.3(C)" in b3["reason"]


@pytest.mark.parametrize("date", ERAS)
def test_the_business_of_laundering_is_still_the_greatest(capsys, tmp_path, date):
    """(b)(2)(C) +4 (with (a)(2)) beats (A)'s +1: 8 + 0 ($5,000) + 4 = 12."""
    result = calc_json(capsys, _case(tmp_path, date, 'value_laundered = "$5,000"\n'
                                     'convicted_under = "1956"\n'
                                     "conspiracy_1956h_sole_object_1957 = true\n"
                                     "in_business_of_laundering = true"))
    assert _steps(result) == [("§2S1.1(a)(2)", "= 8", 8),
                              ("§2S1.1(b)(2)(B)", "not applied", 8),
                              ("§2S1.1(b)(2)(C)", "+4", 12)]


@pytest.mark.parametrize("other", ['convicted_under = "1957"', ""])
def test_the_key_needs_a_1956_conviction(capsys, tmp_path, other):
    """The conspiracy is a conviction under § 1956(h): convicted_under = "1956" with it."""
    error = calc_refused(capsys, _case(tmp_path, "2025-12-15", 'value_laundered = "$5,000"\n'
                                       f"{other}\nconspiracy_1956h_sole_object_1957 = true"))
    assert "conspiracy_1956h_sole_object_1957" in error and '"1956"' in error


@pytest.mark.parametrize("date", ["1999-06-01", "2001-10-31"])
def test_refused_before_amendment_634(capsys, tmp_path, date):
    """Before Nov. 1, 2001 §2S1.1 had no note 3(C) (Amendment 634 inserted the consolidated
    guideline and its commentary): an error naming the field."""
    error = calc_refused(capsys, _case(tmp_path, date, 'value_laundered = "$600,000"\n'
                                       'convicted_under = "1956"\n'
                                       'convicted_under_1956_subsection = "(a)(1)(B)"\n'
                                       "conspiracy_1956h_sole_object_1957 = true"))
    assert "laundering.conspiracy_1956h_sole_object_1957" in error
    assert "Amendment 634" in error
