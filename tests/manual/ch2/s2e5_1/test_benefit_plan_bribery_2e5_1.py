"""§2E5.1 (a bribe or gratuity affecting an employee benefit plan; prohibited payments to labor
organizations) by edition (tables/benefit_plan_bribery.toml).

Sources (../shared/reference/ussg/): Amendment 481 (appendix_c_2016/APPENDIX_C_Vol_I.txt lines
14153-14157); Amendment 617 (APPENDIX_C_Vol_II.txt lines 6610-6621); Amendment 791
(APPENDIX_C_Supplement.txt lines 4677-4679); manual_2016/GLM2016_fulltext.txt lines
6171-6207; manual_2025/GLM2025_fulltext.txt lines 10912-10983. The loss tables are those of
tables/ (§2F1.1's 1987 whole-dollar lines: "$2,000 or less" none, "$2,001 - $5,000" +1).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed


def steps(manual: str, **facts) -> list[tuple[str, int]]:
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2E5.1",
                                            "benefit_plan_bribery": facts}})
    return [(s.section, s.level) for s in computed(case).steps if s.chapter == "chapter_two"]


# (1987 with a gratuity lands on a 1987 Sentencing Table cell of level 6 that is refused,
# Amendment 270; the bribe's 10 is in test_value_edges)
@pytest.mark.parametrize("manual", ["1989-11-01", "1993-11-01", "2001-11-01", "2016", "2025"])
@pytest.mark.parametrize("payment,paragraph,level", [("bribe", "(a)(1)", 10),
                                                     ("gratuity", "(a)(2)", 6)])
def test_base(manual, payment, paragraph, level):
    assert steps(manual, payment=payment) == [(f"§2E5.1{paragraph}", level)]


@pytest.mark.parametrize("manual,of", [("1987-11-01", "benefit_plan"),
                                       ("1993-11-01", "labor_organization"),
                                       ("2025", "labor_organization")])
def test_fiduciary(manual, of):
    assert steps(manual, payment="bribe", fiduciary_of=of) == [
        ("§2E5.1(a)(1)", 10), ("§2E5.1(b)(1)", 12)]


def test_labor_organization_fiduciary_refused_before_1993(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(
        tmp_path, "2E5.1", "benefit_plan_bribery",
        'payment = "bribe"\nfiduciary_of = "labor_organization"', "1992-11-01"))
    assert "offense.benefit_plan_bribery.fiduciary_of" in err and "Amendment 481" in err


def test_no_3b1_3_with_the_fiduciary(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(
        tmp_path, "2E5.1", "benefit_plan_bribery",
        'payment = "bribe"\nfiduciary_of = "benefit_plan"', "2016",
        "[adjustments.role]\nabuse_of_trust = true\n"))
    assert "adjustments.role.abuse_of_trust" in err and "comment. (n.5)" in err


# (b)(2) before Nov. 1, 2001: the §2F1.1 table itself (1987: "$2,000 or less" none, "$2,001 -
# $5,000" +1; 1989: more than $2,000 +1)
@pytest.mark.parametrize("manual,value,expected", [
    ("1987-11-01", "$2,000", [("§2E5.1(b)(2)", 10)]),
    ("1987-11-01", "$2,001", [("§2E5.1(b)(2)", 11)]),
    ("1993-11-01", "$2,000", [("§2E5.1(b)(2)", 10)]),
    ("1993-11-01", "$2,000.01", [("§2E5.1(b)(2)", 11)]),
    # from Nov. 1, 2001 (A) over $2,000 +1, (B) over $5,000 the §2B1.1 table (more than
    # $5,000: +2)
    ("2001-11-01", "$2,000", [("§2E5.1(b)(2)", 10)]),
    ("2001-11-01", "$2,000.01", [("§2E5.1(b)(2)(A)", 11)]),
    ("2001-11-01", "$5,000", [("§2E5.1(b)(2)(A)", 11)]),
    ("2001-11-01", "$5,000.01", [("§2E5.1(b)(2)(B)", 12)]),
    # from Nov. 1, 2015 $2,500 and $6,500
    ("2016", "$2,500", [("§2E5.1(b)(2)", 10)]),
    ("2016", "$2,500.01", [("§2E5.1(b)(2)(A)", 11)]),
    ("2025", "$6,500", [("§2E5.1(b)(2)(A)", 11)]),
    ("2025", "$6,500.01", [("§2E5.1(b)(2)(B)", 12)])])
def test_value_edges(manual, value, expected):
    assert steps(manual, payment="bribe", prohibited_payment_value=value) == \
        [("§2E5.1(a)(1)", 10)] + expected


def test_the_greater_value_is_read():
    assert steps("2016", payment="gratuity", prohibited_payment_value="$1,000",
                 improper_benefit_value="$6,500.01")[-1] == ("§2E5.1(b)(2)(B)", 8)


def test_1987_between_whole_dollar_lines_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(
        tmp_path, "2E5.1", "benefit_plan_bribery",
        'payment = "bribe"\nprohibited_payment_value = "$2,000.50"', "1987-11-01"))
    assert "offense.benefit_plan_bribery.prohibited_payment_value" in err


@pytest.mark.parametrize("facts", ["", 'payment = "tip"', 'payment = "bribe"\nprohibited_payment_value = 3000.5'])
def test_bad_input(capsys, tmp_path: Path, facts):
    err = calc_refused(capsys, case_file(tmp_path, "2E5.1", "benefit_plan_bribery", facts, "2016"))
    assert "benefit_plan_bribery" in err


@pytest.mark.parametrize("manual,facts,expected,months", [
    ("1990-11-01", 'payment = "bribe"\nfiduciary_of = "benefit_plan"\nprohibited_payment_value = "$12,000"',
     [("§2E5.1(a)(1)", 10), ("§2E5.1(b)(1)", 12), ("§2E5.1(b)(2)", 15)], (18, 24)),
    ("2005-11-01", 'payment = "gratuity"\nimproper_benefit_value = "$3,000"',
     [("§2E5.1(a)(2)", 6), ("§2E5.1(b)(2)(A)", 7)], (0, 6))])
def test_a_worked_case_per_era(capsys, tmp_path: Path, manual, facts, expected, months):
    result = calc_json(capsys, case_file(tmp_path, "2E5.1", "benefit_plan_bribery", facts, manual))
    assert chapter_two_steps(result) == expected
    assert (result["range"]["min_months"], result["range"]["max_months"]) == months


def test_example_file(capsys):
    # examples/benefit-plan-bribery-2e5.1-2025.toml: 10 + 2 + 4 = 16; 21-27 months
    result = calc_json(capsys, EXAMPLES / "benefit-plan-bribery-2e5.1-2025.toml")
    assert chapter_two_steps(result) == [("§2E5.1(a)(1)", 10), ("§2E5.1(b)(1)", 12),
                                         ("§2E5.1(b)(2)(B)", 16)]
    assert result["range"] == {"min_months": 21, "max_months": 27, "life": False}
