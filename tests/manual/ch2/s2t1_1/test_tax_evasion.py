"""§2T1.1 by edition (tables/tax_evasion.toml): a worked case per era through the real
command line with every intermediate level; (a)(2) "no tax loss"; the (B) tax loss of §2T1.3
before Nov. 1, 1993; (b)(1) and (b)(2) in each edition's words, with their floors; the facts
an edition does not have refused (exit 2, the field named).

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 17195-17209 ((a)(1)-(2), (b)(1)-(2))
  S2016 = manual_2016/GLM2016_fulltext.txt lines 9251-9261 (the same words)
  A491a = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 14979-14986 ((a) of 1989-1993: "the
          greater of: (A) the total amount of tax that the taxpayer evaded or attempted to
          evade; and (B) the 'tax loss' defined in §2T1.3")
  A491c = APPENDIX_C_Vol_I.txt lines 15226-15236 (§2T1.3's tax loss: "28 percent of the
          amount by which the greater of gross income and taxable income was understated,
          plus 100 percent of the total amount of any false credits ... 34 percent")
  A221  = APPENDIX_C_Vol_I.txt lines 4265-4268 ((b)(1) before 1989: "(A) ... per year", "(B)
          the offense concealed or furthered criminal activity ...")
  A577  = APPENDIX_C_Vol_II.txt lines 106-110 ((b)(2) of 1993-1998 "sophisticated means were
          used to impede discovery of the existence or extent", and of 1998-2001 "the offense
          involved sophisticated concealment")
  A617  = APPENDIX_C_Vol_II.txt lines 6682-6686 ((b)(2) "means" and the floor of level 12)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two

EXAMPLES = ROOT / "examples"


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    return chapter_two(manual, "2T1.1", "tax_evasion", facts)


def test_worked_case_2025(capsys):
    """examples/tax-evasion-2025.toml (S2025): $412,500, (G) more than $250,000 18; (b)(2) +2;
    acceptance -3."""
    result = calc_json(capsys, EXAMPLES / "tax-evasion-2025.toml")
    assert chapter_two_steps(result) == [("§2T1.1(a)(1)", 18), ("§2T1.1(b)(2)", 20)]
    assert result["total_offense_level"] == 17
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}


def test_worked_case_1990(capsys):
    """examples/tax-evasion-1990.toml (A491a, A491c, Amendment 237's table): (B) 28% of
    $75,000 + $1,500 = $22,500 is greater than (A) $19,000; (E) more than $20,000 10; (b)(1)
    +2 = 12."""
    result = calc_json(capsys, EXAMPLES / "tax-evasion-1990.toml")
    steps = chapter_two_steps(result)
    assert steps == [("§2T1.1(a)(B)", None), ("§2T1.1(a)", 10), ("§2T1.1(b)(1)", 12)]
    note = next(s for s in result["steps"] if s["section"] == "§2T1.1(a)(B)")
    assert note["change"] == "$22,500" and "28% of $75,000" in note["reason"]
    assert result["total_offense_level"] == 10


def test_no_tax_loss_is_a2_from_1993():
    # S2025 (a)(2) "6, if there is no tax loss"
    assert _steps("2025", tax_loss="0") == [("§2T1.1(a)(2)", 6)]
    assert _steps("1993-11-01", tax_loss="$0") == [("§2T1.1(a)(2)", 6)]
    # A491a: before 1993 no (a)(2): the table's line (A)
    assert _steps("1990", tax_loss="0") == [("§2T1.1(a)", 6)]


@pytest.mark.parametrize("evaded,gross,taxable,credits,corporation,expected", [
    # A491c: 28% of the greater understatement + 100% of credits; T1989 "(C) More than
    # $5,000 8", "(D) More than $10,000 9"
    ("$1,000", "$35,714.28", "0", "0", False, 8),    # (B) $9,999.9984: 8
    ("$1,000", "$35,714.29", "0", "0", False, 9),    # (B) $10,000.0012: more than $10,000
    ("$1,000", "0", "$35,714.29", "0", False, 9),    # taxable income the greater
    ("$1,000", "$10,000", "0", "$7,200", False, 8),  # $2,800 + $7,200 = $10,000: not more
    ("$1,000", "$10,000", "0", "$7,200.01", False, 9),
    ("$1,000", "$29,411.76", "0", "0", True, 8),     # 34%: $9,999.9984
    ("$1,000", "$29,411.77", "0", "0", True, 9),     # 34%: $10,000.0018
    ("$10,000.01", "0", "0", "0", False, 9),         # (A) the greater
])
def test_the_greater_of_tax_evaded_and_2t1_3_tax_loss(evaded, gross, taxable, credits,
                                                       corporation, expected):
    found = _steps("1990", tax_loss=evaded, understatement={
        "gross_income_understated": gross, "taxable_income_understated": taxable,
        "false_credits": credits, "corporation": corporation})
    assert found[-1] == ("§2T1.1(a)", expected)


@pytest.mark.parametrize("manual,facts,expected", [
    # A221: 1987 (b)(1)(A) and (B), +2 and the floor of 12
    ("1988-01-15", {"criminal_income_unreported": True},
     [("§2T1.1(a)", 6), ("§2T1.1(b)(1)(A)", 8), ("§2T1.1(b)(1)", 12)]),
    ("1988-01-15", {"criminal_livelihood_concealed": True},
     [("§2T1.1(a)", 6), ("§2T1.1(b)(1)(B)", 8), ("§2T1.1(b)(1)", 12)]),
    # S2016 (b)(1) from 1989: "failed to report or to correctly identify the source of"
    ("1990", {"criminal_income_source_misidentified": True},
     [("§2T1.1(a)", 6), ("§2T1.1(b)(1)", 8), ("§2T1.1(b)(1)", 12)]),
    ("2025", {"criminal_income_unreported": True, "criminal_income_source_misidentified": True},
     [("§2T1.1(a)(1)", 6), ("§2T1.1(b)(1)", 8), ("§2T1.1(b)(1)", 12)]),
    # (b)(2) without a floor before Nov. 1, 2001 (A577)
    ("1990", {"sophisticated_means": True}, [("§2T1.1(a)", 6), ("§2T1.1(b)(2)", 8)]),
    ("1995-11-01", {"sophisticated_means": True}, [("§2T1.1(a)(1)", 6), ("§2T1.1(b)(2)", 8)]),
    ("1998-11-01", {"sophisticated_concealment": True},
     [("§2T1.1(a)(1)", 6), ("§2T1.1(b)(2)", 8)]),
    # A617: from Nov. 1, 2001 "If the resulting offense level is less than level 12,
    # increase to level 12"
    ("2001-11-01", {"sophisticated_means": True},
     [("§2T1.1(a)(1)", 6), ("§2T1.1(b)(2)", 8), ("§2T1.1(b)(2)", 12)]),
    ("2025", {"sophisticated_means": True},
     [("§2T1.1(a)(1)", 6), ("§2T1.1(b)(2)", 8), ("§2T1.1(b)(2)", 12)]),
    # both, and the floor already passed: (b)(1) to 12, (b)(2) +2 = 14
    ("2025", {"criminal_income_unreported": True, "sophisticated_means": True},
     [("§2T1.1(a)(1)", 6), ("§2T1.1(b)(1)", 8), ("§2T1.1(b)(1)", 12), ("§2T1.1(b)(2)", 14)]),
])
def test_characteristics_and_floors_by_edition(manual, facts, expected):
    assert _steps(manual, tax_loss="$1,000", **facts) == expected


def test_a_floor_does_not_lower_a_level_above_it():
    # T2015 (F) more than $100,000 16, +2 = 18: not less than 12
    assert _steps("2025", tax_loss="$100,000.01", sophisticated_means=True) == [
        ("§2T1.1(a)(1)", 16), ("§2T1.1(b)(2)", 18)]


@pytest.mark.parametrize("manual,fact,words", [
    ("1988-01-15", "criminal_income_source_misidentified", "Amendment 221"),
    ("1990", "criminal_livelihood_concealed", "Amendment 221"),
    ("2016", "sophisticated_concealment", "sophisticated concealment"),
    ("1998-11-01", "sophisticated_means", "state sophisticated_concealment"),
])
def test_a_fact_the_edition_does_not_have_is_refused(capsys, tmp_path, manual, fact, words):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.1", "tax_evasion",
                                         f'tax_loss = "$50,000"\n{fact} = true', manual))
    assert f"offense.tax_evasion.{fact}" in err and words in err


def test_the_understatement_is_refused_from_1993(capsys, tmp_path):
    err = calc_refused(capsys, case_file(
        tmp_path, "2T1.1", "tax_evasion", 'tax_loss = "$50,000"\n'
        '[offense.tax_evasion.understatement]\ngross_income_understated = "$10,000"', "1995"))
    assert "offense.tax_evasion.understatement" in err and "presumptions" in err


def test_the_tax_loss_is_required(capsys, tmp_path):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.1", "tax_evasion",
                                         "sophisticated_means = true", "2025"))
    assert "offense.tax_evasion.tax_loss" in err


@pytest.mark.parametrize("amount", ['"$1,000.001"', '"-5"', "1000.5"])
def test_an_amount_that_is_not_exact_dollars_is_refused(capsys, tmp_path, amount):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.1", "tax_evasion",
                                         f"tax_loss = {amount}", "2025"))
    assert "offense.tax_evasion.tax_loss" in err


def test_an_edition_not_entered_is_refused(capsys, tmp_path):
    # tables/tax_evasion.toml is reviewed through Nov. 1, 2025; the Nov. 1, 2026 Manual is
    # not entered (README "Editions")
    err = calc_refused(capsys, case_file(tmp_path, "2T1.1", "tax_evasion",
                                         'tax_loss = "$50,000"', "2026-11-01"))
    assert "2026" in err
