"""§2H4.2 (Willful Violations of the Migrant and Seasonal Agricultural Worker Protection Act),
tables/migrant_agricultural_worker.toml. Sources (../shared/reference/ussg/): Amendment 612
(appendix_c_2016/APPENDIX_C_Vol_II.txt lines 4701-4713, eff. May 1, 2001, line 4857);
Amendment 746 (APPENDIX_C_Vol_III.txt lines 15354-15355: (i)/(ii) -> (A)/(B), eff. Nov. 1,
2010); manual_2016/GLM2016_fulltext.txt lines 6997-7017; manual_2025/GLM2025_fulltext.txt
lines 12644-12683."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2H4.2", "migrant_agricultural_worker"


@pytest.mark.parametrize("manual", ["1987-11-01", "2000-12-16"])
def test_refused_before_amendment_612(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "", manual))
    assert "offense.guideline" in err and "Amendment 612" in err and "May 1, 2001" in err


@pytest.mark.parametrize("manual,clause", [
    ("2001-05-01", "(i)"), ("2001-11-01", "(i)"), ("2009-11-01", "(i)"),  # Amendment 612
    ("2010-11-01", "(A)"), ("2025", "(A)")])  # Amendment 746
def test_serious_bodily_injury_4(manual, clause):
    assert steps(G, KEY, manual, 'bodily_injury = "serious_bodily_injury"') == [
        ("§2H4.2(a)", "= 6", 6), (f"§2H4.2(b)(1){clause}", "+4", 10)]


@pytest.mark.parametrize("manual,clause", [("2001-05-01", "(ii)"), ("2016", "(B)")])
def test_bodily_injury_2_and_prior_adjudication_2(manual, clause):
    facts = 'bodily_injury = "bodily_injury"\nprior_adjudication = true'
    assert steps(G, KEY, manual, facts) == [
        ("§2H4.2(a)", "= 6", 6), (f"§2H4.2(b)(1){clause}", "+2", 8), ("§2H4.2(b)(2)", "+2", 10)]


def test_empty_table_is_6():
    assert steps(G, KEY, "2025") == [("§2H4.2(a)", "= 6", 6)]


@pytest.mark.parametrize("facts,field", [
    ('bodily_injury = "permanent_or_life_threatening"',
     "offense.migrant_agricultural_worker.bodily_injury"),
    ('prior_adjudication = "yes"', "offense.migrant_agricultural_worker.prior_adjudication")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_case_2001_through_the_cli(capsys, tmp_path: Path):
    # May 1, 2001 (Amendment 612): (a) 6, (b)(1)(i) +4 = 10, (b)(2) +2 = 12; category I:
    # 10-16 months
    facts = 'bodily_injury = "serious_bodily_injury"\nprior_adjudication = true'
    result = calc_json(capsys, case_file(tmp_path, G, KEY, facts, "2001-05-01"))
    assert chapter_two_steps(result) == [("§2H4.2(a)", 6), ("§2H4.2(b)(1)(i)", 10),
                                         ("§2H4.2(b)(2)", 12)]
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}


def test_example_file(capsys):
    # examples/migrant-worker-2h4.2-2016.toml: (a) 6, (b)(1)(B) +2 = 8, (b)(2) +2 = 10;
    # category I: 6-12 months
    result = calc_json(capsys, EXAMPLES / "migrant-worker-2h4.2-2016.toml")
    assert chapter_two_steps(result) == [("§2H4.2(a)", 6), ("§2H4.2(b)(1)(B)", 8),
                                         ("§2H4.2(b)(2)", 10)]
    assert result["range"] == {"min_months": 6, "max_months": 12, "life": False}
