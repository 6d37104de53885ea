"""§2B1.1 (Theft, Property Destruction, and Fraud) and §2S1.1 (Laundering of Monetary
Instruments), Nov. 1, 2001 on (issue #15).

Every expected number below is read from the Manual's text, cited at each test, never from
ussg's output: the loss tables from Appendix C (Amendments 647, 791, 827) and the 2016 and
2025 Manuals under /work/shared/reference/ussg/.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.cli import main
from ussg.guidelines.engine.money import Dollars
from ussg.guidelines.engine.tables import in_force
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import LOSS_TABLE, loss_table_line

# The loss tables, copied by hand from the sources (threshold, levels added):
# Nov. 1, 2001: Amendment 791 quotes the table it struck (App. C Supplement lines 4576-4595);
# the 2001 table is its lines (A)-(N), Amendment 647 having added (O) and (P) (App. C Vol. II
# lines 11931-11934).
TABLE_2001 = [(5_000, 2), (10_000, 4), (30_000, 6), (70_000, 8), (120_000, 10), (200_000, 12),
              (400_000, 14), (1_000_000, 16), (2_500_000, 18), (7_000_000, 20),
              (20_000_000, 22), (50_000_000, 24), (100_000_000, 26)]
# Jan. 25, 2003 - Oct. 31, 2015: the same with (O) more than $200,000,000 add 28 and (P) more
# than $400,000,000 add 30 (Amendment 647; Supplement lines 4592-4595).
TABLE_2003 = TABLE_2001 + [(200_000_000, 28), (400_000_000, 30)]
# Nov. 1, 2015 on: Amendment 791 (Supplement lines 4597-4614); 2016 Manual §2B1.1(b)(1)
# (sections/2016/USSG_2B1.1_2016.txt lines 17-47); 2025 Manual (sections/2025 lines 20-42).
TABLE_2015 = [(6_500, 2), (15_000, 4), (40_000, 6), (95_000, 8), (150_000, 10), (250_000, 12),
              (550_000, 14), (1_500_000, 16), (3_500_000, 18), (9_500_000, 20),
              (25_000_000, 22), (65_000_000, 24), (150_000_000, 26), (250_000_000, 28),
              (550_000_000, 30)]

#: a date inside each version of the loss table, and the table (by hand) in force then
VERSIONS = [(dt.date(2002, 6, 1), TABLE_2001), (dt.date(2003, 1, 25), TABLE_2003),
            (dt.date(2010, 6, 1), TABLE_2003), (dt.date(2015, 11, 1), TABLE_2015),
            (dt.date(2020, 6, 1), TABLE_2015), (dt.date(2025, 11, 1), TABLE_2015)]


def _edges():
    for date, table in VERSIONS:
        below = 0
        for threshold, add in table:
            cent = Decimal("0.01")
            yield date, Decimal(threshold) - cent, below  # just below: the line before
            yield date, Decimal(threshold), below  # at: "More than" is not met
            yield date, Decimal(threshold) + cent, add  # just above
            below = add


@pytest.mark.parametrize("date,amount,expected", list(_edges()))
def test_every_loss_table_edge(date: dt.date, amount: Decimal, expected: int) -> None:
    """Every threshold of every version: a cent below, at, and a cent above."""
    _, add, _ = loss_table_line(in_force(LOSS_TABLE, date), Dollars(amount))
    assert add == expected


def test_the_loss_table_versions_take_effect_on_their_dates() -> None:
    """Amendment 647 is effective Jan. 25, 2003 (App. C Vol. II line 11931 index), 791 Nov. 1,
    2015: the day before each, the earlier table."""
    assert loss_table_line(in_force(LOSS_TABLE, dt.date(2003, 1, 24)),
                           Dollars(400_000_001))[1] == 26
    assert loss_table_line(in_force(LOSS_TABLE, dt.date(2003, 1, 25)),
                           Dollars(400_000_001))[1] == 30
    assert loss_table_line(in_force(LOSS_TABLE, dt.date(2015, 10, 31)),
                           Dollars(6_000))[1] == 2
    assert loss_table_line(in_force(LOSS_TABLE, dt.date(2015, 11, 1)),
                           Dollars(6_000))[1] == 0


# The tables before Nov. 1, 2001, copied by hand. Theft (§2B1.1): the original table of whole-
# dollar ranges, Amendment 99 quotes it (App. C Vol. I lines 1686-1699): (first dollar of the
# line, levels); "(N) over $5,000,000 add 13". From Nov. 1, 1989, Amendment 99 (lines
# 1702-1722), unchanged until Amendment 617 struck it (Vol. II lines 5508-5532).
THEFT_1987 = [(101, 1), (1_001, 2), (2_001, 3), (5_001, 4), (10_001, 5), (20_001, 6),
              (50_001, 7), (100_001, 8), (200_001, 9), (500_001, 10), (1_000_001, 11),
              (2_000_001, 12)]
THEFT_1987_OVER = (5_000_000, 13)
THEFT_1989 = [(100, 1), (1_000, 2), (2_000, 3), (5_000, 4), (10_000, 5), (20_000, 6),
              (40_000, 7), (70_000, 8), (120_000, 9), (200_000, 10), (350_000, 11),
              (500_000, 12), (800_000, 13), (1_500_000, 14), (2_500_000, 15), (5_000_000, 16),
              (10_000_000, 17), (20_000_000, 18), (40_000_000, 19), (80_000_000, 20)]
# Fraud (§2F1.1): Amendment 154 quotes the original (Vol. I lines 3106-3117; "(L) over
# $5,000,000 add 11") and inserts the 1989 table (lines 3120-3138), which 617 struck in 2001
# (Vol. II lines 5839-5857).
FRAUD_1987 = [(2_001, 1), (5_001, 2), (10_001, 3), (20_001, 4), (50_001, 5), (100_001, 6),
              (200_001, 7), (500_001, 8), (1_000_001, 9), (2_000_001, 10)]
FRAUD_1987_OVER = (5_000_000, 11)
FRAUD_1989 = [(2_000, 1), (5_000, 2), (10_000, 3), (20_000, 4), (40_000, 5), (70_000, 6),
              (120_000, 7), (200_000, 8), (350_000, 9), (500_000, 10), (800_000, 11),
              (1_500_000, 12), (2_500_000, 13), (5_000_000, 14), (10_000_000, 15),
              (20_000_000, 16), (40_000_000, 17), (80_000_000, 18)]


def _original_edges():
    """Lines of whole dollars: the last dollar of a line, the first of the next, and the
    "over" line (more than its amount)."""
    for table, lines, over in (("theft_fraud_loss_table", THEFT_1987, THEFT_1987_OVER),
                               ("fraud_deceit_loss_table", FRAUD_1987, FRAUD_1987_OVER)):
        below = 0
        for first, add in lines:
            yield table, dt.date(1988, 6, 1), Decimal(first - 1), below
            yield table, dt.date(1988, 6, 1), Decimal(first), add
            below = add
        amount, add = over
        yield table, dt.date(1988, 6, 1), Decimal(amount), below
        yield table, dt.date(1988, 6, 1), Decimal(amount) + Decimal("0.01"), add
    for table, lines in (("theft_fraud_loss_table", THEFT_1989),
                         ("fraud_deceit_loss_table", FRAUD_1989)):
        for date in (dt.date(1989, 11, 1), dt.date(2001, 10, 31)):
            below = 0
            for threshold, add in lines:
                yield table, date, Decimal(threshold) - Decimal("0.01"), below
                yield table, date, Decimal(threshold), below
                yield table, date, Decimal(threshold) + Decimal("0.01"), add
                below = add


# §2S1.1(b)(2) before 2001: the original first column (Amendment 212 quotes it, App. C Vol. I
# lines 4102-4116; "(N) more than $100,000,000") and from Nov. 1, 1989 (lines 4117-4134).
VALUE_1987 = [(100_001, 1), (200_001, 2), (350_001, 3), (600_001, 4), (1_000_001, 5),
              (2_000_001, 6), (3_500_001, 7), (6_000_001, 8), (10_000_001, 9), (20_000_001, 10),
              (35_000_001, 11), (60_000_001, 12)]
VALUE_1987_OVER = (100_000_000, 13)
VALUE_1989 = [(100_000, 1), (200_000, 2), (350_000, 3), (600_000, 4), (1_000_000, 5),
              (2_000_000, 6), (3_500_000, 7), (6_000_000, 8), (10_000_000, 9), (20_000_000, 10),
              (35_000_000, 11), (60_000_000, 12), (100_000_000, 13)]


def _value_edges():
    below = 0
    for first, add in VALUE_1987:
        yield "laundering_value_table", dt.date(1988, 6, 1), Decimal(first - 1), below
        yield "laundering_value_table", dt.date(1988, 6, 1), Decimal(first), add
        below = add
    yield "laundering_value_table", dt.date(1988, 6, 1), Decimal(100_000_000), 12
    yield "laundering_value_table", dt.date(1988, 6, 1), Decimal("100000000.01"), 13
    for date in (dt.date(1989, 11, 1), dt.date(2001, 10, 31)):
        below = 0
        for threshold, add in VALUE_1989:
            for amount, expected in ((Decimal(threshold) - Decimal("0.01"), below),
                                     (Decimal(threshold), below),
                                     (Decimal(threshold) + Decimal("0.01"), add)):
                yield "laundering_value_table", date, amount, expected
            below = add


@pytest.mark.parametrize("table,date,amount,expected",
                         list(_original_edges()) + list(_value_edges()))
def test_every_edge_of_the_tables_before_2001(table: str, date: dt.date, amount: Decimal,
                                              expected: int) -> None:
    _, add, _ = loss_table_line(in_force(table, date), Dollars(amount))
    assert add == expected


# -- through the real CLI ----------------------------------------------------------------

def _calc(tmp_path: Path, capsys, text: str) -> tuple[int, dict | str]:
    path = tmp_path / "case.toml"
    path.write_text(text)
    code = main(["calc", str(path), "--format", "json"])
    out = capsys.readouterr()
    if code != 0:
        return code, out.err
    return code, json.loads(out.out)


def _worked(tmp_path: Path, capsys, text: str) -> list[tuple[str, int | None]]:
    """The Chapter Two steps (section, level) of a case that must compute."""
    code, result = _calc(tmp_path, capsys, text)
    assert code == 0, result
    return _levels(result)


def _refused(tmp_path: Path, capsys, text: str) -> str:
    """The message of a case that must be refused: exit code 2, never a traceback."""
    code, error = _calc(tmp_path, capsys, text)
    assert code == 2, error
    assert "Traceback" not in error
    return error


def _levels(result: dict) -> list[tuple[str, int | None]]:
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


def _case(date: str, offense: str, facts: str, table: str = "theft_fraud",
          category: str = "I") -> str:
    return (f"sentencing_date = {date}\n[case]\nname = \"test\"\n[offense]\n{offense}\n"
            f"[offense.{table}]\n{facts}\n[criminal_history]\ncategory = \"{category}\"\n")


FRAUD_2025 = _case("2025-12-15", 'guideline = "2B1.1"\nstatute = "18 U.S.C. § 1343"\n'
                   "statutory_maximum_months = 240",
                   'loss = "$600,000"\nvictims = 12\nsophisticated_means = true\n'
                   "defendant_caused_sophisticated_means = true")


def test_worked_fraud_case_2025(tmp_path: Path, capsys) -> None:
    """2025 Manual §2B1.1: (a)(1) 7 (wire fraud, 20-year maximum); (b)(1)(H) more than
    $550,000 +14 = 21; (b)(2)(A) 10 or more victims +2 = 23; (b)(10)(C) sophisticated means
    the defendant caused +2 = 25 (sections/2025/USSG_2B1.1_2025.txt lines 8-42, 74-76,
    140-146). Level 25, category I: 57-71 months."""
    code, result = _calc(tmp_path, capsys, FRAUD_2025)
    assert code == 0
    assert _levels(result) == [("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(H)", 21),
                               ("§2B1.1(b)(2)(A)", 23), ("§2B1.1(b)(10)", 25)]
    assert result["table_offense_level"] == 25


def test_worked_fraud_case_2001_same_loss(tmp_path: Path, capsys) -> None:
    """The same loss under the Nov. 1, 2001 Manual (sentenced June 2002): (a) 6 (no (a)(1)
    before Amendment 653); (b)(1)(H) more than $400,000 +14 = 20; exactly 10 victims is not
    "more than 10, but less than 50" (Amendment 647 quotes the 2001 (b)(2)), so (b)(2) does
    not apply; (b)(8) sophisticated means +2 = 22 (617's reason, App. C Vol. II line 7217)."""
    text = _case("2002-06-01", 'guideline = "2B1.1"\nstatute = "18 U.S.C. § 1343"\n'
                 "statutory_maximum_months = 240",
                 'loss = "$600,000"\nvictims = 10\nsophisticated_means = true')
    code, result = _calc(tmp_path, capsys, text)
    assert code == 0, result
    assert _levels(result) == [("§2B1.1(a)", 6), ("§2B1.1(b)(1)(H)", 20),
                               ("§2B1.1(b)(2)", 20), ("§2B1.1(b)(8)", 22)]
    (victims,) = [s for s in result["steps"] if s["section"] == "§2B1.1(b)(2)"]
    assert victims["change"] == "not applied"


def test_before_nov_1_2001_the_same_loss_under_2f1_1_and_2b1_1(tmp_path: Path, capsys) -> None:
    """The same $600,000 under the Nov. 1, 2000 Manual (sentenced June 2001), before
    Amendment 617. As fraud, §2F1.1: (a) 6; (b)(1)(K) more than $500,000 add 10 = 16;
    (b)(2)(A) more than minimal planning +2 = 18; (b)(6) sophisticated means +2 = 20 (617
    quotes §2F1.1 as it struck it: App. C Vol. II lines 5834-5899). As theft, §2B1.1: (a) 4;
    (b)(1)(M) more than $500,000 add 12 = 16; (b)(4)(A) more than minimal planning +2 = 18
    (lines 5503-5541). Compare test_worked_fraud_case_2001_same_loss: 20 from Nov. 1, 2001."""
    fraud = _case("2001-06-01", 'guideline = "2F1.1"\nstatute = "18 U.S.C. § 1343"\n'
                  "statutory_maximum_months = 60",
                  'loss = "$600,000"\nmore_than_minimal_planning = true\n'
                  "sophisticated_means = true", table="fraud_deceit")
    assert _worked(tmp_path, capsys, fraud) == [
        ("§2F1.1(a)", 6), ("§2F1.1(b)(1)(K)", 16), ("§2F1.1(b)(2)", 18),
        ("§2F1.1(b)(6)", 20)]
    theft = _case("2001-06-01", 'guideline = "2B1.1"\nstatute = "18 U.S.C. § 641"\n'
                  "statutory_maximum_months = 120",
                  'loss = "$600,000"\nmore_than_minimal_planning = true')
    assert _worked(tmp_path, capsys, theft) == [("§2B1.1(a)", 4), ("§2B1.1(b)(1)(M)", 16),
                                                ("§2B1.1(b)(4)(A)", 18)]


@pytest.mark.parametrize("guideline,table,facts,field", [
    ("2B1.1", "theft_fraud", 'loss = "$600,000"\nvictims = 12', "theft_fraud.victims"),
    ("2B1.1", "theft_fraud", 'loss = "$600,000"\nsophisticated_means = true',
     "theft_fraud.sophisticated_means"),
    ("2F1.1", "fraud_deceit", 'loss = "$600,000"\nmass_marketing = true',
     "fraud_deceit.mass_marketing"),
])
def test_before_2001_a_fact_the_guideline_lacks_is_refused(tmp_path: Path, capsys,
                                                            guideline: str, table: str,
                                                            facts: str, field: str) -> None:
    """Under the Nov. 1, 1997 Manual the theft guideline has no victims or sophisticated
    means (fraud was §2F1.1), and §2F1.1 no mass-marketing (Amendment 587, Nov. 1, 1998)."""
    text = _case("1998-06-01", f'guideline = "{guideline}"\nstatutory_maximum_months = 60',
                 facts, table=table)
    error = _refused(tmp_path, capsys, text)
    assert field in error


def test_after_2001_more_than_minimal_planning_and_2f1_1_are_refused(tmp_path: Path,
                                                                     capsys) -> None:
    """Amendment 617 deleted §2F1.1 and the more-than-minimal-planning increase."""
    text = _case("2002-06-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 240',
                 'loss = "$600,000"\nmore_than_minimal_planning = true')
    error = _refused(tmp_path, capsys, text)
    assert "theft_fraud.more_than_minimal_planning" in error
    text = _case("2002-06-01", 'guideline = "2F1.1"\nstatutory_maximum_months = 240',
                 'loss = "$600,000"', table="fraud_deceit")
    error = _refused(tmp_path, capsys, text)
    assert "offense.guideline" in error and "§2F1.1" in error


def test_the_original_fraud_floor_of_level_10(tmp_path: Path, capsys) -> None:
    """Nov. 1, 1987 - Oct. 31, 1989, §2F1.1(b)(2): "(A) more than minimal planning; ...
    increase by 2 levels, but if the result is less than level 10, increase to level 10"
    (Amendment 156 quotes the words it deleted, App. C Vol. I lines 3169-3174). Loss $3,000:
    (B) $2,001 - $5,000 add 1 = 7; +2 = 9; floor 10. From Nov. 1, 1989 no floor: (C) more
    than $2,000 add 1 = 7, +2 = 9."""
    text = _case("1989-06-01", 'guideline = "2F1.1"\nstatutory_maximum_months = 60',
                 'loss = "$3,000"\nmore_than_minimal_planning = true', table="fraud_deceit")
    assert _worked(tmp_path, capsys, text) == [
        ("§2F1.1(a)", 6), ("§2F1.1(b)(1)(B)", 7), ("§2F1.1(b)(2)", 9),
        ("§2F1.1(b)(2)", 10)]
    assert _worked(tmp_path, capsys, text.replace("1989-06-01", "1990-06-01")) == [
        ("§2F1.1(a)", 6), ("§2F1.1(b)(1)(B)", 7), ("§2F1.1(b)(2)", 9)]


def test_a_loss_between_two_lines_of_an_original_table_is_refused(tmp_path: Path,
                                                                  capsys) -> None:
    """The 1987 theft table reads "(A) $100 or less", "(B) $101 - $1,000": $100.50 is on
    neither line (Amendment 99's reason: "to eliminate minor gaps in the loss table")."""
    text = _case("1988-06-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 60',
                 'loss = "$100.50"')
    error = _refused(tmp_path, capsys, text)
    assert "theft_fraud.loss" in error and "between two lines" in error


def test_base_level_6_below_a_20_year_maximum_and_the_sophisticated_means_floor(
        tmp_path: Path, capsys) -> None:
    """2016 Manual: (a)(2) 6 for a 5-year maximum; loss $10,000 is more than $6,500, +2 = 8;
    (b)(10) +2 = 10, "If the resulting offense level is less than level 12, increase to level
    12" (sections/2016/USSG_2B1.1_2016.txt lines 9, 19, 75)."""
    text = _case("2016-12-01", 'guideline = "2B1.1"\nstatute = "18 U.S.C. § 641"\n'
                 "statutory_maximum_months = 60",
                 'loss = "$10,000"\nscheme_outside_united_states = true')
    assert _worked(tmp_path, capsys, text) == [("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)(B)", 8),
                                               ("§2B1.1(b)(10)", 10), ("§2B1.1(b)(10)", 12)]


def test_hardship_and_the_financial_institution_floor_2016(tmp_path: Path, capsys) -> None:
    """2016 Manual: 7; loss $20,000 more than $15,000 +4 = 11; substantial financial hardship
    to five victims (b)(2)(B) +4 = 15; more than $1,000,000 in gross receipts from financial
    institutions (b)(16)(A) +2 = 17, then (D) "less than level 24, increase to level 24"
    (sections/2016/USSG_2B1.1_2016.txt lines 49-55, 93-101)."""
    text = _case("2016-12-01", 'guideline = "2B1.1"\nstatute = "18 U.S.C. § 1344"\n'
                 "statutory_maximum_months = 360",
                 'loss = "$20,000"\nvictims = 5\nhardship_victims = 5\n'
                 'financial_institution_gross_receipts = "$1,000,000.01"')
    assert _worked(tmp_path, capsys, text) == [("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(C)", 11),
                                               ("§2B1.1(b)(2)(B)", 15), ("§2B1.1(b)(16)(A)", 17),
                                               ("§2B1.1(b)(16)", 24)]


def test_exactly_1_000_000_in_gross_receipts_is_not_more(tmp_path: Path, capsys) -> None:
    text = _case("2025-12-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 360',
                 'loss = "$20,000"\nfinancial_institution_gross_receipts = "$1,000,000"')
    assert _worked(tmp_path, capsys, text) == [("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(C)", 11),
                                               ("§2B1.1(b)(17)(A)", 11)]


def test_the_2003_victims_table_and_250_victims(tmp_path: Path, capsys) -> None:
    """2010 Manual (Amendment 647's (b)(2)): 250 or more victims +6; loss $5,000 is not
    more than $5,000 (no increase)."""
    text = _case("2010-06-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 240',
                 'loss = "$5,000"\nvictims = 250')
    assert _worked(tmp_path, capsys, text) == [("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)", 7),
                                               ("§2B1.1(b)(2)(C)", 13)]


def test_safety_and_soundness_and_the_8_level_cap_2016(tmp_path: Path, capsys) -> None:
    """2016 Manual: 7; loss $20,000 +4 = 11; hardship to 25 victims (b)(2)(C) +6 = 17;
    (b)(16)(B)(i) jeopardized a financial institution, +4, but "(C) The cumulative
    adjustments from application of both subsections (b)(2) and (b)(16)(B) shall not exceed 8
    levels": +2 = 19; (D) level 24 (sections/2016/USSG_2B1.1_2016.txt lines 93-101)."""
    text = _case("2016-12-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 360',
                 'loss = "$20,000"\nvictims = 25\nhardship_victims = 25\n'
                 "jeopardized_financial_institution = true")
    assert _worked(tmp_path, capsys, text) == [
        ("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(C)", 11), ("§2B1.1(b)(2)(C)", 17),
        ("§2B1.1(b)(16)(B)", 19), ("§2B1.1(b)(16)", 24)]


def test_no_cap_before_amendment_653(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2001 Manual: (b)(12)(B) +4 with (b)(2)(B) +4 (no cap before Amendment 653, App.
    C Vol. II lines 15149-15157): 6; loss $20,000 "(C) More than $10,000 add 4" = 10; 50
    victims +4 = 14; +4 = 18; floor 24."""
    text = _case("2002-06-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 240',
                 'loss = "$20,000"\nvictims = 50\njeopardized_financial_institution = true')
    assert _worked(tmp_path, capsys, text) == [
        ("§2B1.1(a)", 6), ("§2B1.1(b)(1)(C)", 10), ("§2B1.1(b)(2)(B)", 14),
        ("§2B1.1(b)(12)(B)", 18), ("§2B1.1(b)(12)", 24)]


@pytest.mark.parametrize("date,fact,expected", [
    ("2002-06-01", "endangered_public_company_or_large_employer", None),
    ("2003-06-01", "endangered_public_company_or_large_employer",
     [("§2B1.1(a)", 6), ("§2B1.1(b)(1)(C)", 10), ("§2B1.1(b)(12)(B)", 14),
      ("§2B1.1(b)(12)", 24)]),
    ("2010-06-01", "endangered_100_or_more_victims",
     [("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(C)", 11), ("§2B1.1(b)(14)(B)", 15),
      ("§2B1.1(b)(14)", 24)]),
    ("2016-06-01", "endangered_100_or_more_victims", None),
])
def test_the_findings_of_subparagraph_b_by_edition(tmp_path: Path, capsys, date: str,
                                                   fact: str, expected: list | None) -> None:
    """(B)(ii) and (iii) came with Amendment 647 (Jan. 25, 2003, App. C Vol. II lines
    11946-11955); (iii) went with Amendment 792 (Nov. 1, 2015, Supplement lines 4964-4966).
    Loss $20,000: more than $10,000, +4 (2001-2015 table); (B) +4; (D) level 24; the
    paragraph is (b)(12) in 2003 and (b)(14) in 2010 (Amendments 665 and 719)."""
    text = _case(date, 'guideline = "2B1.1"\nstatutory_maximum_months = 240',
                 f'loss = "$20,000"\n{fact} = true')
    if expected is None:
        assert f"theft_fraud.{fact}" in _refused(tmp_path, capsys, text)
    else:
        assert _worked(tmp_path, capsys, text) == expected


@pytest.mark.parametrize("facts,field", [
    ('loss = "$20,000"\nvictims = 5\nhardship_victims = 5', "theft_fraud.hardship_victims"),
    ('loss = "$20,000"\nsophisticated_means = true\ndefendant_caused_sophisticated_means = true',
     "theft_fraud.defendant_caused_sophisticated_means"),
])
def test_a_fact_the_2010_edition_does_not_have_is_refused(tmp_path: Path, capsys, facts: str,
                                                          field: str) -> None:
    """Substantial financial hardship and the defendant's sophisticated means came with
    Amendment 792 (Nov. 1, 2015). (The gain of every edition: tests/manual/ch2/s2b1_1/
    test_gain.py.)"""
    text = _case("2010-06-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 240', facts)
    error = _refused(tmp_path, capsys, text)
    assert field in error


@pytest.mark.parametrize("facts,words", [
    ('victims = 3', "exactly one of them"),
    ('loss = "$1"\ngain = "$1"', "exactly one of them"),
    ('loss = "$1"\nvictims = 1\nhardship_victims = 2', "is a victim"),
    ('loss = 1.5', "float"),
])
def test_facts_that_cannot_all_be_true_are_refused(tmp_path: Path, capsys, facts: str,
                                                   words: str) -> None:
    text = _case("2025-12-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 240', facts)
    error = _refused(tmp_path, capsys, text)
    assert words in error


def test_missing_statutory_maximum_names_the_field(tmp_path: Path, capsys) -> None:
    error = _refused(tmp_path, capsys, _case("2025-12-01", 'guideline = "2B1.1"',
                                             'loss = "$20,000"'))
    assert "offense.statutory_maximum_months" in error


# -- §2S1.1 -----------------------------------------------------------------------------

def test_laundering_drug_proceeds_over_2d1_1(tmp_path: Path, capsys) -> None:
    """2016 Manual §2S1.1(a)(1): the offense level of the underlying §2D1.1 offense, 5 kg of
    cocaine = level 30 (§2D1.1(c)(5): "At least 5 KG but less than 15 KG of Cocaine");
    (b)(2)(B) § 1956 +2 = 32; (b)(3) sophisticated laundering +2 = 34
    (manual_2016/GLM2016_fulltext.txt lines 9103-9119)."""
    text = ("sentencing_date = 2016-12-15\n[case]\nname = \"t\"\n[offense]\n"
            'guideline = "2S1.1"\nstatute = "18 U.S.C. § 1956"\nstatutory_maximum_months = 240\n'
            '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "5 kg"\n'
            '[offense.laundering]\ncommitted_underlying_offense = true\n'
            'underlying_guideline = "2D1.1"\nconvicted_under = "1956"\n'
            'sophisticated_laundering = true\n[criminal_history]\ncategory = "I"\n')
    assert _worked(tmp_path, capsys, text) == [("§2D1.1(c)(5)", 30), ("§2S1.1(a)(1)", 30),
                                               ("§2S1.1(b)(2)(B)", 32), ("§2S1.1(b)(3)", 34)]


def test_laundering_fraud_proceeds_over_2b1_1(tmp_path: Path, capsys) -> None:
    """2016 Manual §2S1.1(a)(1) over a §2B1.1 offense (issue #15: "computed through the
    registry where ussg computes that guideline"), its facts in [offense.theft_fraud] beside
    [offense.laundering]: §2B1.1(a)(2) 6 — the offense of conviction (§ 1956) is referenced to
    §2S1.1, not to §2B1.1, whatever its statutory maximum (§2B1.1, comment. (n.2(A)); a
    conviction of the underlying fraud as another count gives (a)(1)'s 7:
    test_referenced_to_this_guideline.py) —, (b)(1)(H) more than $550,000 +14 = 20
    (manual_2016/GLM2016_fulltext.txt, §2B1.1(a) and (b)(1)); §2S1.1(a)(1) takes 20;
    (b)(2)(B) § 1956 +2 = 22."""
    text = ("sentencing_date = 2016-12-15\n[case]\nname = \"t\"\n[offense]\n"
            'guideline = "2S1.1"\nstatute = "18 U.S.C. § 1956"\nstatutory_maximum_months = 240\n'
            '[offense.laundering]\ncommitted_underlying_offense = true\n'
            'underlying_guideline = "2B1.1"\nconvicted_under = "1956"\n'
            '[offense.theft_fraud]\nloss = "$600,000"\n[criminal_history]\ncategory = "I"\n')
    assert _worked(tmp_path, capsys, text) == [("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)(H)", 20),
                                               ("§2S1.1(a)(1)", 20), ("§2S1.1(b)(2)(B)", 22)]
    # the same offense as a stated level: the same result (the (a)(1) level as determined)
    stated = text.replace('underlying_guideline = "2B1.1"', "underlying_offense_level = 20") \
        .replace('[offense.theft_fraud]\nloss = "$600,000"\n', "")
    assert _worked(tmp_path, capsys, stated)[-2:] == [("§2S1.1(a)(1)", 20),
                                                      ("§2S1.1(b)(2)(B)", 22)]


@pytest.mark.parametrize("underlying", ["2Z9.9", "2S1.1"])
def test_an_underlying_guideline_ussg_cannot_compute_here_is_refused(
        tmp_path: Path, capsys, underlying: str) -> None:
    """Not a guideline ussg computes, or the laundering guideline itself: exit 2, naming the
    field and the guidelines it can compute."""
    error = _refused(tmp_path, capsys, _case(
        "2016-12-15", 'guideline = "2S1.1"\nstatutory_maximum_months = 240',
        f'committed_underlying_offense = true\nunderlying_guideline = "{underlying}"',
        table="laundering"))
    assert "offense.laundering.underlying_guideline" in error and '"2D1.1"' in error


def test_laundering_by_value_2025(tmp_path: Path, capsys) -> None:
    """2025 §2S1.1(a)(2): 8 plus the §2B1.1 table for $600,000 (more than $550,000, 14) = 22;
    (b)(1) knew the funds were drug proceeds +6 = 28; (b)(2)(A) § 1957 +1 = 29."""
    text = _case("2025-12-15", 'guideline = "2S1.1"\nstatutory_maximum_months = 120',
                 'value_laundered = "$600,000"\nproceeds_of = ["controlled_substance"]\n'
                 'convicted_under = "1957"', table="laundering")
    assert _worked(tmp_path, capsys, text) == [("§2S1.1(a)(2)", 22), ("§2S1.1(b)(1)", 28),
                                               ("§2S1.1(b)(2)(A)", 29)]


@pytest.mark.parametrize("date,expected", [("2002-06-01", [("§2S1.1(a)(2)", 24),
                                                           ("§2S1.1(b)(1)", 30)]),
                                           ("2004-06-01", [("§2S1.1(a)(2)", 24),
                                                           ("§2S1.1(b)(1)", 24)])])
def test_terrorism_proceeds_until_amendment_655(tmp_path: Path, capsys, date: str,
                                                expected: list) -> None:
    """(b)(1)(B)(iii) named terrorism until Amendment 655 struck it (App. C Vol. II line
    15992, Nov. 1, 2003). $1,000,001 is more than $1,000,000 (2001/2003 table (I), +16):
    8 + 16 = 24, then +6 while terrorism is listed."""
    text = _case(date, 'guideline = "2S1.1"\nstatutory_maximum_months = 240',
                 'value_laundered = "$1,000,001"\nproceeds_of = ["terrorism"]',
                 table="laundering")
    assert _worked(tmp_path, capsys, text) == expected


def test_laundering_before_2001(tmp_path: Path, capsys) -> None:
    """§2S1.1 in the Nov. 1, 1998 Manual (as Amendment 634 quotes it, App. C Vol. II lines
    9119-9149): (a)(1) 23 for § 1956(a)(1)(A); (b)(1) narcotics +3 = 26; (b)(2) $600,000.01 is
    "(E) More than $600,000 add 4" = 30. §2S1.2 (lines 9196-9214) for a § 1957 conviction:
    17; (b)(1)(A) narcotics +5 = 22; (b)(2) "as specified in §2S1.1(b)(2)" +4 = 26."""
    text = _case("1999-06-01", 'guideline = "2S1.1"\nstatutory_maximum_months = 240',
                 'value_laundered = "$600,000.01"\nconvicted_under = "1956"\n'
                 'convicted_under_1956_subsection = "(a)(1)(A)"\n'
                 'proceeds_of = ["controlled_substance"]', table="laundering")
    assert _worked(tmp_path, capsys, text) == [("§2S1.1(a)(1)", 23), ("§2S1.1(b)(1)", 26),
                                               ("§2S1.1(b)(2)(E)", 30)]
    text = _case("1999-06-01", 'guideline = "2S1.2"\nstatutory_maximum_months = 120',
                 'value_of_funds = "$600,000.01"\n'
                 "knew_proceeds_of_controlled_substance_offense = true",
                 table="monetary_transactions")
    assert _worked(tmp_path, capsys, text) == [("§2S1.2(a)", 17), ("§2S1.2(b)(1)(A)", 22),
                                               ("§2S1.2(b)(2)(E)", 26)]


@pytest.mark.parametrize("date,expected", [("1991-06-01", 20), ("1991-11-01", 23)])
def test_a_sting_under_1956_a_3_a_from_amendment_378(tmp_path: Path, capsys, date: str,
                                                     expected: int) -> None:
    """Amendment 378 (Nov. 1, 1991) added § 1956(a)(3)(A) to (a)(1) (App. C Vol. I lines
    9220-9222): before it, 20 ("otherwise"). $100,000 is "(A) $100,000 or less"."""
    text = _case(date, 'guideline = "2S1.1"\nstatutory_maximum_months = 240',
                 'value_laundered = "$100,000"\nconvicted_under = "1956"\n'
                 'convicted_under_1956_subsection = "(a)(3)(A)"', table="laundering")
    code, result = _calc(tmp_path, capsys, text)
    assert code == 0, result
    assert _levels(result)[0][1] == expected


def test_the_2001_laundering_facts_and_2s1_2_are_refused_where_they_do_not_exist(
        tmp_path: Path, capsys) -> None:
    text = _case("1999-06-01", 'guideline = "2S1.1"\nstatutory_maximum_months = 240',
                 'value_laundered = "$600,000"\nconvicted_under = "1956"\n'
                 'convicted_under_1956_subsection = "(a)(1)(B)"\n'
                 "in_business_of_laundering = true", table="laundering")
    error = _refused(tmp_path, capsys, text)
    assert "laundering.in_business_of_laundering" in error
    text = _case("2002-06-01", 'guideline = "2S1.2"\nstatutory_maximum_months = 120',
                 'value_of_funds = "$600,000"', table="monetary_transactions")
    error = _refused(tmp_path, capsys, text)
    assert "offense.guideline" in error and "§2S1.2" in error


# -- hypothesis ---------------------------------------------------------------------------

EDITION_DATES = ["1988-06-01", "1990-06-01", "1999-06-01", "2002-06-01", "2003-06-01",
                 "2004-06-01", "2010-06-01", "2016-06-01",
                 "2020-06-01", "2025-12-01"]
amounts = st.integers(min_value=0, max_value=2_000_000_000).map(Dollars)


@settings(max_examples=40, deadline=None)
@given(date=st.sampled_from(EDITION_DATES), a=amounts, b=amounts,
       victims=st.integers(0, 300), sophisticated=st.booleans())
def test_more_loss_never_lowers_the_level(tmp_path_factory, date, a, b, victims,
                                          sophisticated) -> None:
    """In every edition entered, more loss (or more laundered value) never lowers the level,
    and the level for the Sentencing Table stays within 1-43: §2B1.1 and §2S1.1 from Nov. 1,
    2001; the theft §2B1.1, §2F1.1 and the earlier §2S1.1 before it. (Category VI: the
    original Sentencing Table's cells with a minimum of zero are refused,
    tables/sentencing_table.toml.)"""
    low, high = sorted((a, b))
    folder = tmp_path_factory.mktemp("loss")
    levels = []
    early = date < "2001-11-01"
    if early:  # whole dollars: the original tables have no line for the cents between two
        low, high = Dollars(int(low)), Dollars(int(high))
    for amount in (low, high):
        if early:  # theft under §2B1.1 and fraud under §2F1.1
            texts = [_case(date, 'guideline = "2B1.1"\nstatutory_maximum_months = 240',
                           f'loss = "{amount}"\nmore_than_minimal_planning = '
                           f'{str(sophisticated).lower()}', category="VI"),
                     _case(date, 'guideline = "2F1.1"\nstatutory_maximum_months = 240',
                           f'loss = "{amount}"\nscheme_to_defraud_more_than_one_victim = '
                           f'{str(sophisticated).lower()}', table="fraud_deceit", category="VI"),
                     _case(date, 'guideline = "2S1.1"\nstatutory_maximum_months = 240',
                           f'value_laundered = "{amount}"\nconvicted_under = "1956"\n'
                           f'convicted_under_1956_subsection = "(a)(1)(B)"',
                           table="laundering", category="VI")]
        else:
            facts = (f'loss = "{amount}"\nvictims = {victims}\nsophisticated_means = '
                     f'{str(sophisticated).lower()}')
            if sophisticated and date >= "2016":
                facts += "\ndefendant_caused_sophisticated_means = true"
            texts = [_case(date, 'guideline = "2B1.1"\nstatutory_maximum_months = 240', facts,
                           category="VI"),
                     _case(date, 'guideline = "2S1.1"\nstatutory_maximum_months = 240',
                           f'value_laundered = "{amount}"', table="laundering", category="VI")]
        path = folder / f"{amount}.toml"
        for text in texts:
            path.write_text(text)
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                assert main(["calc", str(path), "--format", "json"]) == 0
            levels.append(json.loads(out.getvalue())["table_offense_level"])
    half = len(levels) // 2
    assert all(lower <= higher for lower, higher in zip(levels[:half], levels[half:]))
    assert all(1 <= level <= 43 for level in levels)


def test_ex_post_facto_hardship_is_shown_not_in_the_earlier_manual(tmp_path: Path,
                                                                   capsys) -> None:
    """§1B1.11(b)(1): offense June 2014, sentenced Dec. 2016. Under the 2016 Manual: 7;
    more than $550,000 +14 = 21; hardship to five victims (b)(2)(B) +4 = 25 (57-71 months).
    Under the Nov. 1, 2013 Manual: 7; more than $400,000 +14 = 21; 30 victims, (b)(2)(A) 10
    or more +2 = 23 (46-57 months), hardship shown "not in this edition" — the earlier
    Manual is applied (App. C Vol. II lines 11941-11945; Supplement lines 4576-4614)."""
    text = ("sentencing_date = 2016-12-15\noffense_date = 2014-06-01\n"
            + _case("2016-12-15", 'guideline = "2B1.1"\nstatutory_maximum_months = 240',
                    'loss = "$600,000"\nvictims = 30\nhardship_victims = 5')
            .split("\n", 1)[1])
    code, result = _calc(tmp_path, capsys, text)
    assert code == 0, result
    assert result["edition"] == "2013-11-01"
    assert [(s, lv) for s, lv in _levels(result)] == [
        ("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(H)", 21), ("§2B1.1(b)(2)", 21),
        ("§2B1.1(b)(2)(A)", 23)]
    assert result["range"] == {"min_months": 46, "max_months": 57, "life": False}


from tests.conftest import EXAMPLES  # noqa: E402


@pytest.mark.parametrize("name,levels,months", [
    ("fraud-2025.toml", [("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(H)", 21), ("§2B1.1(b)(2)(B)", 25),
                         ("§2B1.1(b)(10)", 27)], (70, 87)),
    ("laundering-2016.toml", [("§2D1.1(c)(5)", 30), ("§2S1.1(a)(1)", 30),
                              ("§2S1.1(b)(2)(B)", 32), ("§2S1.1(b)(3)", 34)], (151, 188)),
    ("fraud-deceit-2000.toml", [("§2F1.1(a)", 6), ("§2F1.1(b)(1)(K)", 16), ("§2F1.1(b)(2)", 18),
                                ("§2F1.1(b)(3)", 20), ("§2F1.1(b)(6)", 22)], (41, 51)),
    ("monetary-transactions-1999.toml", [("§2S1.2(a)", 17), ("§2S1.2(b)(1)(B)", 19),
                                         ("§2S1.2(b)(2)(F)", 24)], (51, 63)),
])
def test_the_examples_give_what_their_comments_work_by_hand(capsys, name: str, levels: list,
                                                            months: tuple) -> None:
    """examples/fraud-2025.toml, laundering-2016.toml, fraud-deceit-2000.toml and
    monetary-transactions-1999.toml, worked in their comments."""
    assert main(["calc", str(EXAMPLES / name), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert _levels(result) == levels
    assert (result["range"]["min_months"], result["range"]["max_months"]) == months


def test_ex_post_facto_across_the_consolidation_is_refused(tmp_path: Path, capsys) -> None:
    """Offense June 2000, sentenced June 2002: §1B1.11(b)(1) weighs the offense-date Manual,
    which sentenced theft under §2B1.1 and fraud under §2F1.1 with different tables; which
    one the facts of the consolidated guideline were is not in them, so ussg refuses rather
    than guess, naming the field and what to do."""
    text = ("sentencing_date = 2002-06-01\noffense_date = 2000-06-01\n"
            + _case("2002-06-01", 'guideline = "2B1.1"\nstatutory_maximum_months = 60',
                    'loss = "$600,000"').split("\n", 1)[1])
    error = _refused(tmp_path, capsys, text)
    assert "offense.guideline" in error and "§2F1.1" in error
