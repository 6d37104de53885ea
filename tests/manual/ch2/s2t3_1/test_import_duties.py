"""§2T3.1 (Evading Import Duties or Restrictions (Smuggling); Receiving or Trafficking in
Smuggled Property) by edition (tables/import_duties.toml): (a) the Tax Table level for the duty
(from 1991 above $1,000, else 5 or 4; from 2015 $1,500 and $200); (b)(1) from 1991 in each
edition's words; (c)(1) from 1992, another guideline for a contraband item.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 17804-17826 (= manual_2016 lines 9529-9545)
  A410  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 10857-10871 ((a)(1)-(3), $1,000/$100; (b))
  A453  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 12723-12729 ((c)(1), 1992)
  A577  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 146-150 (sophisticated concealment)
  A617  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 6756-6758 (means; the floor of 12)
  A791  = appendix_c_2016/APPENDIX_C_Supplement.txt lines 4706-4708 ($1,500 and $200)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    return chapter_two(manual, "2T3.1", "import_duties", facts)


def test_worked_case_2025(capsys):
    """examples/import-duties-2t3.1-2025.toml: $45,000, T2015 (E) 14; (b)(1) +2: 16;
    acceptance -3: 13, 12-18 months."""
    result = calc_json(capsys, ROOT / "examples" / "import-duties-2t3.1-2025.toml")
    assert chapter_two_steps(result) == [("§2T3.1(a)(1)", 14), ("§2T3.1(b)(1)", 16)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


@pytest.mark.parametrize("manual,duty,step", [
    # A791 / S2025: (a)(1) if the tax loss exceeded $1,500; (a)(2) 5 above $200; (a)(3) 4
    ("2025", "$1,500.01", ("§2T3.1(a)(1)", 6)),
    ("2025", "$1,500", ("§2T3.1(a)(2)", 5)),
    ("2025", "$200.01", ("§2T3.1(a)(2)", 5)),
    ("2025", "$200", ("§2T3.1(a)(3)", 4)),
    ("2025", "$0", ("§2T3.1(a)(3)", 4)),
    ("2025", "$2,500.01", ("§2T3.1(a)(1)", 8)),   # T2015 (B)
    # A410: $1,000 and $100, Nov. 1, 1991 - Oct. 31, 2015
    ("2014-11-01", "$1,500", ("§2T3.1(a)(1)", 6)),
    ("2014-11-01", "$1,000.01", ("§2T3.1(a)(1)", 6)),
    ("2014-11-01", "$1,000", ("§2T3.1(a)(2)", 5)),
    ("2014-11-01", "$100.01", ("§2T3.1(a)(2)", 5)),
    ("2014-11-01", "$100", ("§2T3.1(a)(3)", 4)),
    ("1991-11-01", "$1,000", ("§2T3.1(a)(2)", 5)),
    ("1991-11-01", "$2,000.01", ("§2T3.1(a)(1)", 7)),  # T1989 (B)
    # 1987-1991: the Tax Table alone (A410 quotes it)
    ("1990", "$100", ("§2T3.1(a)", 6)),
    ("1987-11-01", "$1,999", ("§2T3.1(a)", 6)),
    ("1987-11-01", "$2,000", ("§2T3.1(a)", 7)),
])
def test_base_offense_level_edges(manual, duty, step):
    assert _steps(manual, tax_loss=duty) == [step]


def test_sophisticated_in_each_editions_words():
    # A410: +2 (no floor), 1991-1998; A577: concealment, 1998-2001; A617: means, floor 12
    assert _steps("1991-11-01", tax_loss="$50", sophisticated_means=True) == [
        ("§2T3.1(a)(3)", 4), ("§2T3.1(b)(1)", 6)]
    assert _steps("1998-11-01", tax_loss="$50", sophisticated_concealment=True) == [
        ("§2T3.1(a)(3)", 4), ("§2T3.1(b)(1)", 6)]
    assert _steps("2001-11-01", tax_loss="$50", sophisticated_means=True) == [
        ("§2T3.1(a)(3)", 4), ("§2T3.1(b)(1)", 6), ("§2T3.1(b)(1)", 12)]


def test_cross_reference_from_1992():
    # A453: "apply that offense guideline if the resulting offense level is greater"
    assert _steps("1992", tax_loss="$50", contraband_item=True, contraband_guideline="other",
                  contraband_offense_level=5) == [("§2T3.1(a)(3)", 4), ("§2T3.1(c)(1)", 5)]
    assert _steps("2025", tax_loss="$45,000", contraband_item=True,
                  contraband_guideline="other", contraband_offense_level=13) == [
        ("§2T3.1(a)(1)", 14), ("§2T3.1(c)(1)", 14)]  # not greater: a note


def test_worked_case_1990_through_the_cli(capsys, tmp_path):
    """1990: the Tax Table alone, T1989 (E) more than $20,000 10."""
    result = calc_json(capsys, case_file(tmp_path, "2T3.1", "import_duties",
                                         'tax_loss = "$20,000.01"', "1990"))
    assert chapter_two_steps(result) == [("§2T3.1(a)", 10)]


@pytest.mark.parametrize("manual,facts,field,words", [
    ("1990", 'tax_loss = "$5,000"\nsophisticated_means = true', "sophisticated_means",
     "Amendment 410"),
    ("2000-11-01", 'tax_loss = "$5,000"\nsophisticated_means = true', "sophisticated_means",
     "sophisticated concealment"),
    ("1991-11-01", 'tax_loss = "$5,000"\ncontraband_item = true\ncontraband_guideline = '
     '"other"\ncontraband_offense_level = 12', "contraband_item", "Amendment 453"),
    ("2025", 'tax_loss = "$5,000"\ncontraband_item = true', "import_duties",
     "contraband_guideline"),
    ("2025", 'tax_loss = "$5,000"\ncontraband_item = true\ncontraband_guideline = "2M5.2"',
     "contraband_guideline", "2M5.2"),
    ("2025", "sophisticated_means = true", "tax_loss", ""),
])
def test_refusals_name_the_field(capsys, tmp_path, manual, facts, field, words):
    err = calc_refused(capsys, case_file(tmp_path, "2T3.1", "import_duties", facts, manual))
    assert field in err and words in err and "Traceback" not in err
