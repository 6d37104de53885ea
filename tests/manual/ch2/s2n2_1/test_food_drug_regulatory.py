"""§2N2.1 (Violations of Statutes and Regulations Dealing With Any Food, Drug, Biological
Product, Device, Cosmetic, Agricultural Product, or Consumer Product), every edition from Nov.
1, 1987 (tables/food_drug_regulatory.toml): (a) 6; from Nov. 1, 1992 (Amendment 451) fraud:
§2F1.1 (§2B1.1 from Nov. 1, 2001, Amendment 617) outright, another guideline's offense if
greater; from Nov. 1, 2008 (Amendment 723) (b)(1) +4 and the cross references (c)(1)-(2).

Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8615-8625;
manual_2025/GLM2025_fulltext.txt lines 15898-15913; appendix_c_2016/APPENDIX_C_Vol_I.txt lines
12626-12644 (451, with the Note 2 it deletes), APPENDIX_C_Vol_II.txt lines 6654-6655 (617),
APPENDIX_C_Vol_III.txt lines 12723-12728 (723)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2N2.1", "food_drug_regulatory"
FRAUD = '[offense.food_drug_regulatory.fraud]\nloss = "$100,000"'
THEFT_FRAUD = '[offense.food_drug_regulatory.theft_fraud]\nloss = "$100,000"'
MAX = "statutory_maximum_months = 36\n"


@pytest.mark.parametrize("manual", ["1987-11-01", "1992-11-01", "2001-11-01", "2008-11-01",
                                    "2023-11-01", "2025"])
def test_base_6(manual):
    assert steps(G, KEY, manual) == [("§2N2.1(a)", "= 6", 6)]


def test_the_versions_and_their_verification():
    table = load_table(KEY)
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("1992-11-01", "derived"), ("2001-11-01", "derived"),
        ("2008-11-01", "verbatim"), ("2023-11-01", "derived"), ("2025-11-01", "verbatim")]


@pytest.mark.parametrize("manual", ["2008-11-01", "2025"])
def test_b1_repeat_331(manual):
    assert steps(G, KEY, manual, "prior_331_conviction = true") == [
        ("§2N2.1(a)", "= 6", 6), ("§2N2.1(b)(1)", "+4", 10)]


@pytest.mark.parametrize("manual,facts,more,paragraph,loss_step", [
    ("1992-11-01", FRAUD, "", "(b)(1)", ("§2F1.1(b)(1)(G)", "+6", 12)),
    ("2000", FRAUD, "", "(b)(1)", ("§2F1.1(b)(1)(G)", "+6", 12)),
    ("2001-11-01", THEFT_FRAUD, "", "(b)(1)", ("§2B1.1(b)(1)(E)", "+8", 14)),
    ("2025", THEFT_FRAUD, MAX, "(c)(1)", ("§2B1.1(b)(1)(E)", "+8", 14)),
])
def test_fraud_takes_the_loss_guideline_of_the_date(manual, facts, more, paragraph, loss_step):
    got = steps(G, KEY, manual, facts, more=more)
    assert got[2] == loss_step
    assert got[3] == (f"§2N2.1{paragraph}", f"→ {loss_step[2]}", loss_step[2])


def test_fraud_replaces_a_greater_level():
    """(c)(1) says "apply §2B1.1", not "if greater": 6 + 4 = 10 becomes §2B1.1's 6 for a loss of
    $1,000 (no increase)."""
    got = steps(G, KEY, "2025", 'prior_331_conviction = true\n'
                '[offense.food_drug_regulatory.theft_fraud]\nloss = "$1,000"', more=MAX)
    assert got[-1] == ("§2N2.1(c)(1)", "→ 6", 6)


@pytest.mark.parametrize("other,level,expected", [
    ('"other"\nother_offense_level = 10', None, ("§2N2.1(c)(2)", "not applied", 10)),
    ('"other"\nother_offense_level = 11', None, ("§2N2.1(c)(2)", "→ 11", 11)),
    ('"2Q1.1"', 24, ("§2N2.1(c)(2)", "→ 24", 24)),
])
def test_c2_other_offense_if_greater(other, level, expected):
    """After (b)(1)'s 10: the other guideline's level applies only if greater (§2Q1.1's 24
    computed through the registry)."""
    got = steps(G, KEY, "2025", f"prior_331_conviction = true\nother_offense_guideline = {other}")
    assert got[-1] == expected
    if level is not None:
        assert ("§2Q1.1(a)", f"= {level}", level) in got


def test_b2_before_2008():
    got = steps(G, KEY, "1995", 'other_offense_guideline = "other"\nother_offense_level = 5')
    assert got[-1] == ("§2N2.1(b)(2)", "not applied", 6)


@pytest.mark.parametrize("line,manual,field,words", [
    ("prior_331_conviction = true", "2007-11-01", "prior_331_conviction", "Amendment 723"),
    (FRAUD, "1991-11-01", "fraud", "rather than this guideline"),
    ('other_offense_guideline = "other"\nother_offense_level = 9', "1991-11-01",
     "other_offense_guideline", "Amendment 451"),
    (FRAUD, "2001-11-01", "fraud", "give theft_fraud"),
    (THEFT_FRAUD, "2000", "theft_fraud", "give fraud"),
    ('other_offense_guideline = "2Z9.9"', "2025", "other_offense_guideline", "2Z9.9"),
    ('other_offense_guideline = "2Q1.1"\nother_offense_level = 9', "2025",
     "", "other_offense_level goes with other_offense_guideline = \"other\""),
])
def test_refused(capsys, tmp_path, line, manual, field, words):
    path = write_case(tmp_path, "c", case_text(G, KEY, manual, line))
    err = calc_refused(capsys, path)
    where = f"food_drug_regulatory.{field}" if field else "food_drug_regulatory:"
    assert str(path) in err and where in err
    assert words in err and "Traceback" not in err


def test_worked_case_1990_era(capsys, tmp_path: Path):
    """Nov. 1, 1990 (derived): an adulterated food shipped: 6; category VI: 12-18 months."""
    result = calc_json(capsys, write_case(tmp_path, "c1990", case_text(G, KEY, "1990")))
    assert chapter_two_steps(result) == [("§2N2.1(a)", 6)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


def test_worked_case_1995_era(capsys, tmp_path: Path):
    """Nov. 1, 1995 (derived): misbranded drugs sold by fraud, $100,000 lost: §2F1.1 6 + 6 =
    12; category VI: 30-37 months."""
    result = calc_json(capsys, write_case(tmp_path, "c1995", case_text(G, KEY, "1995", FRAUD)))
    assert chapter_two_steps(result) == [("§2N2.1(a)", 6), ("§2F1.1(a)", 6),
                                         ("§2F1.1(b)(1)(G)", 12), ("§2N2.1(b)(1)", 12)]
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}


def test_worked_case_2005_era(capsys, tmp_path: Path):
    """Nov. 1, 2005 (derived): the same fraud: §2B1.1 6 + 8 = 14; VI: 37-46 months."""
    result = calc_json(capsys, write_case(tmp_path, "c2005", case_text(
        G, KEY, "2005", THEFT_FRAUD, more=MAX)))
    assert chapter_two_steps(result) == [("§2N2.1(a)", 6), ("§2B1.1(a)(2)", 6),
                                         ("§2B1.1(b)(1)(E)", 14), ("§2N2.1(b)(1)", 14)]
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}


def test_worked_case_2023_era(capsys, tmp_path: Path):
    """Nov. 1, 2023 (derived): a second § 331 conviction: 10; VI: 24-30 months."""
    result = calc_json(capsys, write_case(tmp_path, "c2023", case_text(
        G, KEY, "2023-11-01", "prior_331_conviction = true")))
    assert chapter_two_steps(result) == [("§2N2.1(a)", 6), ("§2N2.1(b)(1)", 10)]
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}


def test_example_file(capsys):
    # examples/food-drug-regulatory-2n2.1-2025.toml: 6 + 4 = 10, - 2 = 8; II: 4-10 months
    result = calc_json(capsys, EXAMPLES / "food-drug-regulatory-2n2.1-2025.toml")
    assert chapter_two_steps(result) == [("§2N2.1(a)", 6), ("§2N2.1(b)(1)", 10)]
    assert result["total_offense_level"] == 8
    assert result["range"] == {"min_months": 4, "max_months": 10, "life": False}
