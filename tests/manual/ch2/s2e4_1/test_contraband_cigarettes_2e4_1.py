"""§2E4.1 (Unlawful Conduct Relating to Contraband Cigarettes and Smokeless Tobacco): the
greater of 9 and the §2T4.1 Tax Table level of the same date (tables/contraband_cigarettes.toml,
tables/tax_table.toml).

Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 6139-6157;
manual_2025/GLM2025_fulltext.txt lines 10855-10879; Amendments 700 and 724
(appendix_c_2016/APPENDIX_C_Vol_III.txt lines 7777-7779, 12759-12762). The Tax Table lines are
those of tables/tax_table.toml (1987: "$10,001 - $20,000" 9, "$20,001 - $40,000" 10; 1989:
more than $10,000 9, $20,000 10; 1993: more than $5,000 9, $8,000 10; 2001: more than $2,000 8,
$5,000 10; 2015: more than $2,500 8, $6,500 10).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed


def step(manual: str, tax: str):
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2E4.1",
                                            "contraband_cigarettes": {"tax_evaded": tax}}})
    found = [s for s in computed(case).steps if s.chapter == "chapter_two"]
    assert len(found) == 1
    return found[0]


# the edge where the Tax Table passes 9: below and at the line that gives 9 or less ((a)(1)),
# one cent (1987: one dollar) above it ((a)(2), 10)
@pytest.mark.parametrize("manual,at_or_below,above", [
    ("1987-11-01", ["0", "$10,000", "$20,000"], "$20,001"),
    ("1989-11-01", ["$10,000", "$20,000"], "$20,000.01"),
    ("1993-11-01", ["$5,000", "$8,000"], "$8,000.01"),
    ("2001-11-01", ["$2,000", "$5,000"], "$5,000.01"),
    ("2016", ["$2,500", "$6,500"], "$6,500.01"),
    ("2025", ["$2,500", "$6,500"], "$6,500.01")])
def test_the_greater_of_9_and_the_tax_table(manual, at_or_below, above):
    for tax in at_or_below:
        s = step(manual, tax)
        assert (s.section, s.level) == ("§2E4.1(a)(1)", 9), tax
    s = step(manual, above)
    assert (s.section, s.level) == ("§2E4.1(a)(2)", 10)


def test_the_tax_table_above_10():
    # 2015 table (GLM2016 lines 9571-9590): (F) more than $100,000, 16; (G) more than $250,000
    assert (step("2016", "$100,000").level, step("2016", "$100,000.01").level) == (14, 16)
    assert (step("2016", "$250,000").level, step("2016", "$250,000.01").level) == (16, 18)


def test_note_1_by_edition():
    assert "refers to state excise tax." in step("2007-11-01", "$1,000").reason
    assert "refers to state and local excise taxes." in step("2008-11-01", "$1,000").reason


def test_1987_between_whole_dollar_lines_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2E4.1", "contraband_cigarettes",
                                         'tax_evaded = "$20,000.50"', "1987-11-01"))
    assert "offense.contraband_cigarettes.tax_evaded" in err


@pytest.mark.parametrize("facts", ["", "tax_evaded = 5000.0", 'tax_evaded = "lots"'])
def test_bad_or_missing_tax_is_refused(capsys, tmp_path: Path, facts):
    err = calc_refused(capsys, case_file(tmp_path, "2E4.1", "contraband_cigarettes", facts,
                                         "2016"))
    assert "contraband_cigarettes" in err


@pytest.mark.parametrize("manual,tax,expected,months", [
    ("1990-11-01", '"$30,000"', [("§2E4.1(a)(2)", 10)], (6, 12)),
    ("2005-11-01", '"$4,000"', [("§2E4.1(a)(1)", 9)], (4, 10)),
    ("2025", '"$250,000.01"', [("§2E4.1(a)(2)", 18)], (27, 33))])
def test_a_worked_case_per_era(capsys, tmp_path: Path, manual, tax, expected, months):
    result = calc_json(capsys, case_file(tmp_path, "2E4.1", "contraband_cigarettes",
                                         f"tax_evaded = {tax}", manual))
    assert chapter_two_steps(result) == expected
    assert (result["range"]["min_months"], result["range"]["max_months"]) == months


def test_example_file(capsys):
    # examples/contraband-cigarettes-2e4.1-2025.toml: $52,800, §2T4.1(E) 14; 15-21 months
    result = calc_json(capsys, EXAMPLES / "contraband-cigarettes-2e4.1-2025.toml")
    assert chapter_two_steps(result) == [("§2E4.1(a)(2)", 14)]
    assert result["range"] == {"min_months": 15, "max_months": 21, "life": False}
