"""§2C1.8 (Making, Receiving, or Failing to Report a Contribution, Donation, or Expenditure in
Violation of the Federal Election Campaign Act; ...), tables/election_campaign.toml. Sources
(../shared/reference/ussg/): Amendment 648 (appendix_c_2016/APPENDIX_C_Vol_II.txt lines
12327-12365, eff. Jan. 25, 2003: "exceeded $5,000", line 12335); Amendment 679
(APPENDIX_C_Vol_III.txt lines 5964-5966: §2C1.1's title in (c)(1)); Amendment 791
(APPENDIX_C_Supplement.txt lines 4675-4676: "$5,000" -> "$6,500", eff. Nov. 1, 2015);
manual_2016/GLM2016_fulltext.txt lines 3539-3561; manual_2025/GLM2025_fulltext.txt lines
7493-7533. (b)(1)'s levels are §2B1.1's loss table of the same date (its own tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps
from ussg.guidelines import calculate, parse_case

G, KEY = "2C1.8", "election_campaign"
BASE = ("§2C1.8(a)", "= 8", 8)


@pytest.mark.parametrize("manual", ["1987-11-01", "2002-11-01"])
def test_refused_before_amendment_648(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "", manual))
    assert "offense.guideline" in err and "Amendment 648" in err and "Jan. 25, 2003" in err


@pytest.mark.parametrize("manual,value,change,level", [
    ("2003-01-25", "$5,000", "no increase", 8),  # Amendment 648: "exceeded $5,000"
    ("2003-01-25", "$5,000.01", "+2", 10),  # §2B1.1(b)(1)(B) of 2001: more than $5,000
    ("2005-11-01", "$5,000", "no increase", 8),
    ("2014-11-01", "$5,000.01", "+2", 10),
    ("2015-11-01", "$6,500", "no increase", 8),  # Amendment 791: "exceeded $6,500"
    ("2015-11-01", "$6,500.01", "+2", 10),
    ("2024-11-01", "$6,500", "no increase", 8),
    ("2025", "$6,500.01", "+2", 10),
    ("2025", "$150,000", "+8", 16),  # §2B1.1(b)(1)(E): more than $95,000
    ("2025", "$150,000.01", "+10", 18)])  # (F): more than $150,000
def test_value_through_the_2b1_1_table(manual, value, change, level):
    assert steps(G, KEY, manual, f'illegal_transactions_value = "{value}"') == [
        BASE, ("§2C1.8(b)(1)", change, level)]


@pytest.mark.parametrize("manual", ["2003-01-25", "2016"])
@pytest.mark.parametrize("source,clause,change,level", [
    ("foreign_national", "(A)", "+2", 10), ("foreign_government", "(B)", "+4", 12)])
def test_foreign_source(manual, source, clause, change, level):
    assert steps(G, KEY, manual, f'foreign_source = "{source}"') == [
        BASE, (f"§2C1.8(b)(2){clause}", change, level)]


@pytest.mark.parametrize("facts", ["governmental_funds = true",
                                   "nonmonetary_federal_benefit = true",
                                   "governmental_funds = true\nnonmonetary_federal_benefit = true"])
def test_governmental_funds_or_federal_benefit_once(facts):
    assert steps(G, KEY, "2016", facts) == [BASE, ("§2C1.8(b)(3)", "+2", 10)]


@pytest.mark.parametrize("count,change,level", [
    (29, "no increase", 8), (30, "+2", 10), (31, "+2", 10)])
def test_thirty_or_more_transactions(count, change, level):
    assert steps(G, KEY, "2025", f"illegal_transactions = {count}") == [
        BASE, ("§2C1.8(b)(4)", change, level)]


def test_coercion_4():
    assert steps(G, KEY, "2003-01-25", "intimidation_threat_or_coercion = true") == [
        BASE, ("§2C1.8(b)(5)", "+4", 12)]


def test_cross_reference_to_2c1_1_if_greater():
    # 2016: §2C1.1(a)(2) 12, (b)(2) a $50,000 payment, more than $40,000, +6 = 18 > 8
    found = steps(G, KEY, "2016", 'bribe_or_gratuity = "2C1.1"',
                  more='[offense.bribery]\npayment = "$50,000"\n')
    assert found == [BASE, ("§2C1.1(a)(2)", "= 12", 12), ("§2C1.1(b)(2)", "+6", 18),
                     ("§2C1.8(c)(1)", "→ 18", 18)]


def test_cross_reference_to_2c1_2_not_greater():
    # 2016: §2C1.2(a)(2) 9 < 8 + 2 + 2 + 4 = 16: not applied
    facts = ('governmental_funds = true\nillegal_transactions = 40\n'
             'intimidation_threat_or_coercion = true\nbribe_or_gratuity = "2C1.2"')
    found = steps(G, KEY, "2016", facts, more="[offense.gratuity]\n")
    assert found[-1] == ("§2C1.8(c)(1)", "not applied", 16)
    assert not any(s[0].startswith("§2C1.2") for s in found)


@pytest.mark.parametrize("manual,words", [
    ("2003-01-25", "Extortion Under Color of Official Right) or §2C1.2"),  # Amendment 648
    ("2005-11-01", "Interference with Governmental Functions) or §2C1.2"),  # Amendment 679
    ("2016", "non-monetary Federal benefit"),
    ("2025", "non-monetary federal benefit")])
def test_the_words_of_each_edition(manual, words):
    facts = ('nonmonetary_federal_benefit = true\nbribe_or_gratuity = "2C1.2"')
    computation = calculate(parse_case(case_text(G, KEY, manual, facts,
                                                 more="[offense.gratuity]\n")))
    reasons = " ".join(s.reason for s in computation.steps if s.section.startswith("§2C1.8"))
    assert words in reasons


@pytest.mark.parametrize("facts,field", [
    ("illegal_transactions_value = 5000.5", "offense.election_campaign.illegal_transactions_value"),
    ("illegal_transactions = -1", "offense.election_campaign.illegal_transactions"),
    ('foreign_source = "foreign_agent"', "offense.election_campaign.foreign_source"),
    ('bribe_or_gratuity = "2C1.3"', "offense.election_campaign.bribe_or_gratuity")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_case_2003_through_the_cli(capsys, tmp_path: Path):
    # Jan. 25, 2003 (Amendment 648): (a) 8; (b)(1) $12,000, more than $10,000 in the 2001
    # §2B1.1 table, +4 = 12; (b)(2)(B) +4 = 16; (b)(3) +2 = 18; (b)(4) 30 +2 = 20; (b)(5) +4 = 24;
    # category I: 51-63 months
    facts = ('illegal_transactions_value = "$12,000"\nforeign_source = "foreign_government"\n'
             "governmental_funds = true\nillegal_transactions = 30\n"
             "intimidation_threat_or_coercion = true")
    result = calc_json(capsys, case_file(tmp_path, G, KEY, facts, "2003-01-25"))
    assert chapter_two_steps(result) == [
        ("§2C1.8(a)", 8), ("§2C1.8(b)(1)", 12), ("§2C1.8(b)(2)(B)", 16), ("§2C1.8(b)(3)", 18),
        ("§2C1.8(b)(4)", 20), ("§2C1.8(b)(5)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}


def test_example_file(capsys):
    # examples/election-campaign-2c1.8-2016.toml: (a) 8, (b)(1) $180,000 +10 = 18, (b)(2)(A)
    # +2 = 20, (b)(4) 35 +2 = 22; category I: 41-51 months
    result = calc_json(capsys, EXAMPLES / "election-campaign-2c1.8-2016.toml")
    assert chapter_two_steps(result) == [("§2C1.8(a)", 8), ("§2C1.8(b)(1)", 18),
                                         ("§2C1.8(b)(2)(A)", 20), ("§2C1.8(b)(4)", 22)]
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}
