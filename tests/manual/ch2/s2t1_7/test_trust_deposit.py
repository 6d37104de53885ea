"""§2T1.7 (Failing to Deposit Collected Taxes in Trust Account as Required After Notice),
unamended since Nov. 1, 1987 (tables/tax_trust_deposit.toml): the greater of (1) 4 and (2) 5
less than the Tax Table level for the amount not deposited.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 17585-17592 (= manual_2016 lines 9407-9413;
          historical note "Effective November 1, 1987.", lines 17612-17613 and 9429)
  the Tax Tables of tables/tax_table.toml (T1987, T1989, T2001, T2015)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


def _steps(manual: str, amount: str) -> list[tuple[str, int]]:
    return chapter_two(manual, "2T1.7", "tax_trust_deposit", {"amount_not_deposited": amount})


def test_worked_case_2025(capsys):
    """examples/tax-trust-deposit-2t1.7-2025.toml: $100,000.01, T2015 (F) 16 less 5: 11;
    acceptance -2: 9, 4-10 months."""
    result = calc_json(capsys, ROOT / "examples" / "tax-trust-deposit-2t1.7-2025.toml")
    assert chapter_two_steps(result) == [("§2T1.7(a)(2)", 11)]
    assert result["range"] == {"min_months": 4, "max_months": 10, "life": False}


@pytest.mark.parametrize("manual,amount,step", [
    # T2015: (D) more than $15,000 12 - 5 = 7; (C) more than $6,500 10 - 5 = 5; (B) 8 - 5 = 3
    ("2025", "$15,000.01", ("§2T1.7(a)(2)", 7)),
    ("2025", "$15,000", ("§2T1.7(a)(2)", 5)),
    ("2025", "$6,500.01", ("§2T1.7(a)(2)", 5)),
    ("2025", "$6,500", ("§2T1.7(a)(1)", 4)),    # (B) 8 - 5 = 3: (1) 4, the greater
    ("2025", "$0", ("§2T1.7(a)(1)", 4)),
    # T2001: (C) more than $5,000 10 - 5 = 5; $5,000 (B) 8 - 5 = 3: 4
    ("2001-11-01", "$5,000.01", ("§2T1.7(a)(2)", 5)),
    ("2001-11-01", "$5,000", ("§2T1.7(a)(1)", 4)),
    # T1989: 14 (more than $200,000) - 5 = 9; (H) more than $120,000 13 - 5 = 8
    ("1990", "$200,000.01", ("§2T1.7(a)(2)", 9)),
    ("1990", "$200,000", ("§2T1.7(a)(2)", 8)),
    # T1987: "$150,001 - $300,000" 13 - 5 = 8; "$80,001 - $150,000" 12 - 5 = 7
    ("1987-11-01", "$150,001", ("§2T1.7(a)(2)", 8)),
    ("1987-11-01", "$150,000", ("§2T1.7(a)(2)", 7)),
])
def test_the_greater_of_4_and_5_less_than_the_table(manual, amount, step):
    assert _steps(manual, amount) == [step]


def test_worked_case_1987_through_the_cli(capsys, tmp_path):
    result = calc_json(capsys, case_file(tmp_path, "2T1.7", "tax_trust_deposit",
                                         'amount_not_deposited = "$2,000,001"', "1987-11-01"))
    assert chapter_two_steps(result) == [("§2T1.7(a)(2)", 12)]  # T1987 (L) 17 - 5


@pytest.mark.parametrize("facts,field", [
    ("", "amount_not_deposited"),
    ('amount_not_deposited = "$5,000"\nwillful = true', "willful"),
])
def test_refusals_name_the_field(capsys, tmp_path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, "2T1.7", "tax_trust_deposit", facts, "2025"))
    assert field in err and "Traceback" not in err
