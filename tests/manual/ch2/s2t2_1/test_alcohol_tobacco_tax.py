"""§2T2.1 (Non-Payment of Taxes: alcohol and tobacco), unchanged since Nov. 1, 1987
(tables/alcohol_tobacco_tax.toml): the Tax Table level for the tax loss.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 17728-17733 (= manual_2016 lines 9491-9495)
  the Tax Tables of tables/tax_table.toml (T1987, T1989, T1993, T2001, T2003, T2015)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


def test_worked_case_2025(capsys):
    """examples/alcohol-tobacco-tax-2t2.1-2025.toml: $260,000, T2015 (G) 18; acceptance -3:
    15, 18-24 months."""
    result = calc_json(capsys, ROOT / "examples" / "alcohol-tobacco-tax-2t2.1-2025.toml")
    assert chapter_two_steps(result) == [("§2T2.1(a)", 18)]
    assert result["range"] == {"min_months": 18, "max_months": 24, "life": False}


@pytest.mark.parametrize("manual,loss,level", [
    ("1987-11-01", "$1,999", 6), ("1987-11-01", "$2,000", 7),       # T1987 (A)/(B)
    ("1990", "$2,000", 6), ("1990", "$2,000.01", 7),                 # T1989
    ("1993-11-01", "$1,700", 6), ("1993-11-01", "$1,700.01", 7),     # T1993
    ("2002-11-01", "$100,000,000", 30), ("2002-11-01", "$100,000,000.01", 32),  # T2001 (N)
    ("2003-01-25", "$200,000,000", 32), ("2003-01-25", "$200,000,000.01", 34),  # T2003 (O)
    ("2025", "$2,500", 6), ("2025", "$2,500.01", 8),                 # T2015
    ("2025", "$550,000,000", 34), ("2025", "$550,000,000.01", 36),
])
def test_tax_table_edges(manual, loss, level):
    assert chapter_two(manual, "2T2.1", "alcohol_tobacco_tax", {"tax_loss": loss}) == [
        ("§2T2.1(a)", level)]


@pytest.mark.parametrize("facts,field", [("", "tax_loss"), ("tax_loss = 12.5", "tax_loss")])
def test_refusals_name_the_field(capsys, tmp_path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, "2T2.1", "alcohol_tobacco_tax", facts,
                                         "2025"))
    assert f"offense.alcohol_tobacco_tax.{field}" in err and "Traceback" not in err
