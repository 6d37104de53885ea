"""§2E5.6 (Prohibited Payments or Lending of Money by Employer or Agent to Employees,
Representatives, or Labor Organizations), Nov. 1, 1987 - Oct. 31, 1993
(tables/labor_payments_2e5_6.toml): (a) 10 a bribe, 6 a gratuity; (b)(1) the greater value
through §2F1.1's table, as Amendment 481 quotes it as it deletes it
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 14225-14236). It reads
§2E5.1's [offense.benefit_plan_bribery]. Refused from its deletion:
tests/manual/ch2/test_former_guidelines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2E5.6"
K = "benefit_plan_bribery"


@pytest.mark.parametrize("payment, level, paragraph", [("bribe", 10, "(a)(1)"),
                                                        ("gratuity", 6, "(a)(2)")])
def test_base_level(payment, level, paragraph):
    # lines 14228-14229: "(1) 10, if a bribe; or (2) 6, if a gratuity."
    assert steps(G, K, "1990-11-01", f'payment = "{payment}"') == [
        (f"§2E5.6{paragraph}", f"= {level}", level)]


@pytest.mark.parametrize("manual, value, add", [
    # §2F1.1's table of the date: 1987 "(B) $2,001 - $5,000 add 1"; 1989 "(B) More than $2,000
    # add 1" (tables/fraud_deceit_loss_table.toml)
    ("1987-11-01", "$2,000", 0), ("1987-11-01", "$2,001", 1),
    ("1990-11-01", "$2,000", 0), ("1990-11-01", "$2,000.01", 1),
    ("1990-11-01", "$5,000", 1), ("1990-11-01", "$5,000.01", 2)])
def test_value_edges_through_2f1_1(manual, value, add):
    found = steps(G, K, manual, f'payment = "gratuity"\nprohibited_payment_value = "{value}"')
    assert found[-1][0] == "§2E5.6(b)(1)" and found[-1][2] == 6 + add


def test_the_greater_value_is_read():
    # (b)(1): "the value of the prohibited payment or the value of the improper benefit to the
    # payer, whichever is greater": $45,000, §2F1.1(b)(1)(F) "More than $40,000" +5
    found = steps(G, K, "1990-11-01", 'payment = "bribe"\nprohibited_payment_value = "$25,000"'
                  '\nimproper_benefit_value = "$45,000"')
    assert found == [("§2E5.6(a)(1)", "= 10", 10), ("§2E5.6(b)(1)", "+5", 15)]


def test_a_fiduciary_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(
        G, K, "1990-11-01", 'payment = "bribe"\nfiduciary_of = "benefit_plan"')))
    assert f"offense.{K}.fiduciary_of" in err and '"2E5.1"' in err


def test_the_shared_table_is_required(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, None, "1990-11-01")))
    assert f"offense.{K}" in err and "reads the facts of §2E5.1" in err


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # 1987: a $3,000 gratuity: 6, §2F1.1(b)(1)(B) "$2,001 - $5,000" +1 = 7; VI: 15-21 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(
        G, K, "1987-11-01", 'payment = "gratuity"\nprohibited_payment_value = "$3,000"')))
    assert chapter_two_steps(result) == [("§2E5.6(a)(2)", 6), ("§2E5.6(b)(1)", 7)]
    assert result["range"] == {"min_months": 15, "max_months": 21, "life": False}
