"""§2B3.3 (Blackmail and Similar Forms of Extortion), issue #15: every edge of (b)(1) in each
version of tables/blackmail.toml (before Nov. 1, 2001 the §2F1.1 table; then the band of (A)
and the §2B1.1 table of (B) as the same edition has it), through the real command line; the
(c)(2) cross reference through §2B3.2; a worked case per era; the refusals; hypothesis: a
greater amount never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 3061-3073 (§2B3.3 from Nov. 1, 2015): (a)
          line 3063, (b)(1) line 3067 ("(A) exceeded $2,500 but did not exceed $6,500 ... (B)
          exceeded $6,500"), (c) lines 3071-3073
  S2025 = manual_2025/GLM2025_fulltext.txt lines 6436-6464 (the same text)
  S2005 = http://www.ussc.gov/guidelines/2015-guidelines-manual/archive/2005-2b33 ((b)(1)
          "(A) exceeded $2,000 but did not exceed $5,000 ... (B) exceeded $5,000"; the same
          words Amendment 617 inserted, APPENDIX_C_Vol_II.txt lines 6494-6503)
  A617  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 6494-6496 (the (b)(1) struck: "exceeded
          $2,000, increase by the corresponding number of levels from the table in §2F1.1")
  F1987 = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3104-3117 (§2F1.1's original table, in
          whole-dollar lines: (B) $2,001 - $5,000 add 1, (C) $5,001 - $10,000 add 2, ...)
  F1989 = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3119-3138 (Amendment 154's table: more
          than $2,000 add 1, more than $5,000 add 2, more than $10,000 add 3, ...)
  L2016 = sections/2016/USSG_2B1.1_2016.txt lines 13-47 (§2B1.1(b)(1): (B) more than $6,500
          add 2, (C) more than $15,000 add 4, (D) more than $40,000 add 6)
  A791  = appendix_c_2016/APPENDIX_C_Supplement.txt lines 4576-4595 (the §2B1.1 table it
          struck: (B) more than $5,000 add 2, (C) more than $10,000 add 4, (D) more than
          $30,000 add 6)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file
from tests.conftest import ROOT
from tests.strategies import computed

EXAMPLE = ROOT / "examples" / "blackmail-2016.toml"

FRAUD_TABLE = ["1988-01-15", "1990-11-01", "1993-11-01", "1998-11-01"]  # (b)(1) to §2F1.1
OLD = ["2001-11-01", "2005-11-01", "2010-11-01"]  # Amendment 617's ($2,000 / $5,000)
NEW = ["2015-11-01", "2016", "2025"]  # Amendment 791's ($2,500 / $6,500)
EDITIONS = FRAUD_TABLE + OLD + NEW


def _case(tmp_path: Path, blackmail: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2B3.3", "blackmail", blackmail, manual, more)


def _level(capsys, tmp_path: Path, blackmail: str, manual: str) -> int:
    return _run(capsys, _case(tmp_path, blackmail, manual))["total_offense_level"]


# Base 9. S2005 (b)(1): +1 over $2,000 through $5,000; over $5,000 the §2B1.1 table (A791).
OLD_EDGES = [("$1,999.99", 9), ("$2,000", 9), ("$2,000.01", 10),
             ("$4,999.99", 10), ("$5,000", 10), ("$5,000.01", 11),
             ("$9,999.99", 11), ("$10,000", 11), ("$10,000.01", 13),
             ("$29,999.99", 13), ("$30,000", 13), ("$30,000.01", 15)]
# S2016/S2025 (b)(1): +1 over $2,500 through $6,500; over $6,500 the §2B1.1 table (L2016).
NEW_EDGES = [("$2,499.99", 9), ("$2,500", 9), ("$2,500.01", 10),
             ("$6,499.99", 10), ("$6,500", 10), ("$6,500.01", 11),
             ("$14,999.99", 11), ("$15,000", 11), ("$15,000.01", 13),
             ("$39,999.99", 13), ("$40,000", 13), ("$40,000.01", 15)]


# Before Nov. 1, 2001 (A617): over $2,000 the §2F1.1 table, no band. F1987 (until Oct. 31,
# 1989) in whole dollars; F1989 from Nov. 1, 1989.
F1987_EDGES = [("$2,000", 9), ("$2,001", 10), ("$5,000", 10), ("$5,001", 11),
               ("$10,000", 11), ("$10,001", 12)]
F1989_EDGES = [("$1,999.99", 9), ("$2,000", 9), ("$2,000.01", 10), ("$5,000", 10),
               ("$5,000.01", 11), ("$10,000", 11), ("$10,000.01", 12), ("$20,000", 12),
               ("$20,000.01", 13)]


@pytest.mark.parametrize("amount,level", F1987_EDGES)
def test_amount_edges_1987_fraud_table(capsys, tmp_path, amount, level):
    assert _level(capsys, tmp_path, f'amount_obtained = "{amount}"', "1988-01-15") == level


@pytest.mark.parametrize("manual", FRAUD_TABLE[1:])
@pytest.mark.parametrize("amount,level", F1989_EDGES)
def test_amount_edges_1989_to_2001_fraud_table(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'amount_demanded = "{amount}"', manual) == level


def test_cents_between_two_whole_dollar_lines_are_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'amount_obtained = "$2,000.50"', "1988-01-15"))
    assert "offense.blackmail.amount_obtained" in err and "whole dollars" in err


@pytest.mark.parametrize("manual", ["1988-01-15", "1990-11-01"])
def test_no_cross_references_before_amendment_479(capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, '[offense.blackmail.extortion_by_force]\n', manual))
    assert "offense.blackmail.extortion_by_force" in err and "Amendment 479" in err


@pytest.mark.parametrize("manual", OLD)
@pytest.mark.parametrize("amount,level", OLD_EDGES)
def test_amount_edges_2005_to_2015(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'amount_obtained = "{amount}"', manual) == level


@pytest.mark.parametrize("manual", NEW)
@pytest.mark.parametrize("amount,level", NEW_EDGES)
def test_amount_edges_from_2015(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'amount_demanded = "{amount}"', manual) == level


def test_the_greater_of_obtained_and_demanded_is_read(capsys, tmp_path):
    steps = _run(capsys, _case(tmp_path, 'amount_obtained = "$3,000"\n'
                               'amount_demanded = "$16,000"', "2025"))["steps"]
    step = next(s for s in steps if s["section"].startswith("§2B3.3(b)(1)"))
    assert step["section"] == "§2B3.3(b)(1)(B)" and step["level"] == 13
    assert "amount_demanded $16,000" in step["reason"]
    assert "(C) More than $15,000 add 4" in step["reason"]


def test_the_one_level_band(capsys, tmp_path):
    steps = _run(capsys, _case(tmp_path, 'amount_obtained = "$3,000"', "2016"))["steps"]
    step = next(s for s in steps if s["section"].startswith("§2B3.3(b)(1)"))
    assert (step["section"], step["level"]) == ("§2B3.3(b)(1)(A)", 10)


def _chapter_two(result: dict) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


def test_worked_case_2016(capsys):
    """examples/blackmail-2016.toml, worked by hand in its comments from S2016 and L2016."""
    result = _run(capsys, EXAMPLE)
    assert _chapter_two(result) == [("§2B3.3(a)", 9), ("§2B3.3(b)(1)(B)", 13)]
    assert result["total_offense_level"] == 11  # 13 - 2 (§3E1.1(a))
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv): level 11, I
    assert result["range"] == {"min_months": 8, "max_months": 14, "life": False}


def test_worked_case_2005_era(capsys, tmp_path):
    """Nov. 1, 2005 Manual (S2005): $4,000 obtained (over $2,000, not over $5,000: +1)."""
    result = _run(capsys, _case(tmp_path, 'amount_obtained = "$4,000"', "2005-11-01"))
    assert _chapter_two(result) == [("§2B3.3(a)", 9), ("§2B3.3(b)(1)(A)", 10)]


def test_cross_reference_to_extortion_by_force(capsys, tmp_path):
    """(c)(2) (S2016 line 3073): "apply §2B3.2": its level (18, +2 for a threat of bodily
    injury, +1 for a demand over $20,000 in R2016's table) replaces the blackmail's."""
    result = _run(capsys, _case(tmp_path, 'amount_demanded = "$25,000"\n'
                                '[offense.blackmail.extortion_by_force]\n'
                                'threat_of_death_injury_or_kidnapping = true\n'
                                'amount_demanded = "$25,000"', "2016"))
    assert _chapter_two(result) == [("§2B3.3(a)", 9), ("§2B3.3(b)(1)(B)", 13),
                                    ("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 20),
                                    ("§2B3.2(b)(2)", 21), ("§2B3.3(c)(2)", 21)]


def test_cross_reference_to_extortion_under_color_of_official_right(capsys, tmp_path):
    """(c)(1) (S2016 line 3071): "apply §2C1.1": its level (B2016 in
    tests/manual/ch2/s2c1_1/test_bribery.py: (a)(1) 14 for a public official, (b)(2) $20,000
    more than $15,000 in L2016's table, +4) replaces the blackmail's, greater or not."""
    result = _run(capsys, _case(tmp_path, 'amount_obtained = "$20,000"\n'
                                '[offense.blackmail.extortion_under_color_of_official_right]\n'
                                'public_official = true\npayment = "$20,000"', "2016"))
    assert _chapter_two(result) == [("§2B3.3(a)", 9), ("§2B3.3(b)(1)(B)", 13),
                                    ("§2C1.1(a)(1)", 14), ("§2C1.1(b)(2)", 18),
                                    ("§2B3.3(c)(1)", 18)]
    step = next(s for s in result["steps"] if s["section"] == "§2B3.3(c)(1)")
    assert "apply §2C1.1" in step["reason"]


def test_cross_reference_to_2C1_1_is_applied_even_if_lower(capsys, tmp_path):
    """(c)(1) has no "if the resulting offense level is greater": §2C1.1's 12 ((a)(2), S2016
    line 3341) replaces the blackmail's 17 ($100,000: more than $95,000 in L2016, +8)."""
    result = _run(capsys, _case(tmp_path, 'amount_obtained = "$100,000"\n'
                                '[offense.blackmail.extortion_under_color_of_official_right]\n',
                                "2016"))
    assert _chapter_two(result) == [("§2B3.3(a)", 9), ("§2B3.3(b)(1)(B)", 17),
                                    ("§2C1.1(a)(2)", 12), ("§2B3.3(c)(1)", 12)]


def test_a_2C1_1_fact_the_edition_lacks_is_refused_where_it_is_nested(capsys, tmp_path):
    # §2C1.1(a)(1) is from Amendment 666 (Nov. 1, 2004); the 1995 Manual's base is 10
    err = _refused(capsys, _case(tmp_path, '[offense.blackmail.extortion_under_color_of_'
                                 'official_right]\npublic_official = true', "1995-11-01"))
    assert "offense.blackmail.extortion_under_color_of_official_right.public_official" in err
    assert "Amendment 666" in err


def test_both_cross_references_stated_is_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, '[offense.blackmail.extortion_under_color_of_'
                                 'official_right]\n[offense.blackmail.extortion_by_force]\n',
                                 "2016"))
    assert "offense.blackmail.extortion_by_force" in err and "(c)(1)" in err


def test_cross_reference_where_2B3_2_is_not_entered_is_refused(capsys, tmp_path):
    # §2B3.2 is not entered for Nov. 1, 2024 - Oct. 31, 2025 (tables/extortion_by_force.toml)
    err = _refused(capsys, _case(tmp_path, '[offense.blackmail.extortion_by_force]\n',
                                 "2024-11-01"))
    assert "§2B3.2" in err and "not entered" in err


def test_worked_case_1995_era(capsys, tmp_path):
    """Nov. 1, 1995 Manual (A617's struck (b)(1), F1989): $12,000 demanded, more than
    $10,000 in the §2F1.1 table: +3."""
    result = _run(capsys, _case(tmp_path, 'amount_demanded = "$12,000"', "1995-11-01"))
    assert _chapter_two(result) == [("§2B3.3(a)", 9), ("§2B3.3(b)(1)", 12)]


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS), cents=st.integers(0, 100_000_000_000),
       more=st.integers(1, 100_000_000_000), other=st.integers(0, 100_000_000_000))
def test_a_greater_amount_never_lowers_the_level(manual, cents, more, other):
    def level(amount: int) -> int:
        blackmail = {"amount_obtained": f"{amount // 100}.{amount % 100:02d}",
                     "amount_demanded": f"{other // 100}.{other % 100:02d}"}
        case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                    "offense": {"guideline": "2B3.3", "blackmail": blackmail}})
        result = computed(case).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert level(cents) <= level(cents + more)
