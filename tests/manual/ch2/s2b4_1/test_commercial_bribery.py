"""§2B4.1 (Bribery in Procurement of Bank Loan and Other Commercial Bribery) in every version of
tables/commercial_bribery.toml: every edge of (b)(1) (the greater of the bribe and the improper
benefit through the §2F1.1 or §2B1.1 table of the same date, the one-level band from 2001) and
of (b)(2)'s floor of 24, computed in-process through the engine; (b)(2)'s clauses applied once
(from 2002 the greater); a worked case per era through the real command line; the refusal of a
fact an edition lacks (exit 2, the field named); hypothesis: a greater value never lowers the
level.

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 3091-3111 (§2B4.1 of Nov. 1, 2015: (a) 8;
          (b)(1) "(A) exceeded $2,500 but did not exceed $6,500, increase by 1 level; or (B)
          exceeded $6,500 ... the table in §2B1.1"; (b)(2) "(Apply the greater)" (A) +2, (B)
          +4, "less than level 24, increase to level 24"); M2025 = manual_2025/
          GLM2025_fulltext.txt lines 6494-6526 (the same)
  App. C (appendix_c_2016/): A317 = Vol_I 6531-6535 ((b)(2) jeopardized, +4, level 24); A364
          = Vol_I 8284-8287 ((A) jeopardized or (B) affected a financial institution and more
          than $1,000,000 in gross receipts); A617 = Vol_II 6504-6512 (struck: "exceeded
          $2,000, increase the offense level by the corresponding number of levels from the
          table in §2F1.1"; inserted (A) $2,000-$5,000 +1, (B) over $5,000 the §2B1.1 table);
          A646 = Vol_II 11598-11616 ((b)(2) struck and "(Apply the greater)" inserted); A791 =
          Supplement 4670-4672 ($2,500/$6,500)
  Loss tables: §2F1.1 1987 (A154 quotes it, Vol_I 3104-3117: "$2,001 - $5,000 add 1",
          "$5,001 - $10,000 add 2", "$20,001 - $50,000 add 4"); §2F1.1 1989 (A154, Vol_I
          3119-3138: "More than $2,000 add 1", "$5,000 add 2", "$20,000 add 4", "$1,500,000
          add 12", "$2,500,000 add 13"); §2B1.1 2001 (A617: "More than $5,000 add 2",
          "$10,000 add 4"); §2B1.1 2015 (A791, Supplement 4596-4614: "More than $6,500 add 2",
          "$15,000 add 4", "$550,000 add 14", "$1,500,000 add 16")
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import chapter_two_level

VERSIONS = ["1987-11-01", "1990-11-01", "1991-11-01", "2001-11-01", "2002-11-01", "2015-11-01",
            "2023-11-01"]
KEY = "commercial_bribery"


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    """(section, level) of each Chapter Two step, computed in-process from the real tables."""
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2B4.1", KEY: facts}})
    return [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15"])
@pytest.mark.parametrize("value,level", [
    ("$2,000", 8), ("$2,001", 9),  # A617 "exceeded $2,000"; §2F1.1 1987 "$2,001 - $5,000 add 1"
    ("$5,000", 9), ("$5,001", 10),  # "$5,001 - $10,000 add 2"
])
def test_b1_1987_the_whole_dollar_lines_of_2f1_1(manual, value, level):
    assert _steps(manual, bribe_value=value) == [("§2B4.1(a)", 8), ("§2B4.1(b)(1)", level)]


@pytest.mark.parametrize("manual", ["1989-11-01", "1991-11-01", "1997-11-01", "2001-05-01"])
@pytest.mark.parametrize("value,level", [
    ("$2,000", 8), ("$2,000.01", 9),  # §2F1.1 1989 "(B) More than $2,000 add 1"
    ("$5,000", 9), ("$5,000.01", 10),  # "(C) More than $5,000 add 2"
])
def test_b1_1989_to_2001_the_2f1_1_table(manual, value, level):
    assert _steps(manual, improper_benefit=value)[1] == ("§2B4.1(b)(1)", level)


@pytest.mark.parametrize("manual", ["2001-11-01", "2002-11-01", "2014-11-01"])
@pytest.mark.parametrize("value,step", [
    ("$2,000", ("§2B4.1(b)(1)", 8)),  # A617 (A) "exceeded $2,000"
    ("$2,000.01", ("§2B4.1(b)(1)(A)", 9)),
    ("$5,000", ("§2B4.1(b)(1)(A)", 9)),  # "but did not exceed $5,000"
    ("$5,000.01", ("§2B4.1(b)(1)(B)", 10)),  # §2B1.1 2001 "(B) More than $5,000 add 2"
    ("$10,000", ("§2B4.1(b)(1)(B)", 10)),
    ("$10,000.01", ("§2B4.1(b)(1)(B)", 12)),  # "(C) More than $10,000 add 4"
])
def test_b1_2001_to_2015_the_band_and_the_2b1_1_table(manual, value, step):
    assert _steps(manual, bribe_value=value)[1] == step


@pytest.mark.parametrize("manual", ["2015-11-01", "2023-11-01", "2025-11-01"])
@pytest.mark.parametrize("value,step", [
    ("$2,500", ("§2B4.1(b)(1)", 8)),  # M2016/M2025 (A) "exceeded $2,500"
    ("$2,500.01", ("§2B4.1(b)(1)(A)", 9)),
    ("$6,500", ("§2B4.1(b)(1)(A)", 9)),  # "but did not exceed $6,500"
    ("$6,500.01", ("§2B4.1(b)(1)(B)", 10)),  # §2B1.1 "(B) More than $6,500 add 2"
    ("$15,000", ("§2B4.1(b)(1)(B)", 10)),
    ("$15,000.01", ("§2B4.1(b)(1)(B)", 12)),  # "(C) More than $15,000 add 4"
])
def test_b1_from_2015_the_band_and_the_2b1_1_table(manual, value, step):
    assert _steps(manual, bribe_value=value)[1] == step


@pytest.mark.parametrize("bribe,benefit,level", [
    ("$3,000", "$20,000", 12),  # the benefit is the greater: "(C) More than $15,000 add 4"
    ("$20,000", "$3,000", 12),  # the bribe is
    ("$15,000", "$15,000", 10),  # equal: "(B) More than $6,500 add 2"
])
def test_b1_the_greater_of_the_bribe_and_the_benefit(bribe, benefit, level):
    assert _steps("2025-11-01", bribe_value=bribe, improper_benefit=benefit)[1][1] == level


@pytest.mark.parametrize("manual,value,after_b2,after_floor", [
    # A317 (1990): +4, "less than level 24, increase to level 24": 8 + 4 = 12 -> 24 (below);
    # §2F1.1 1989 "(M) More than $1,500,000 add 12": 20 + 4 = 24 (at); "(N) More than
    # $2,500,000 add 13": 21 + 4 = 25 (above)
    ("1990-11-01", None, 12, 24), ("1990-11-01", "$1,500,000.01", 24, 24),
    ("1990-11-01", "$2,500,000.01", 25, 25),
    # M2025 (B) +4: §2B1.1 "(I) More than $1,500,000 add 16": 24 + 4 = 28 (above)
    ("2025-11-01", None, 12, 24), ("2025-11-01", "$1,500,000.01", 28, 28),
])
def test_b2_jeopardized_plus_4_and_the_floor_of_24(manual, value, after_b2, after_floor):
    facts = {"bribe_value": value} if value else {}
    steps = _steps(manual, jeopardized_financial_institution=True, **facts)
    clause = "" if manual == "1990-11-01" else "(B)"
    assert steps[-2] == (f"§2B4.1(b)(2){clause}", after_b2)
    assert steps[-1] == ("§2B4.1(b)(2)", after_floor)


@pytest.mark.parametrize("value,after_b2", [
    # M2025 (A) +2: 8 + 2 = 10 -> 24 (below); §2B1.1 "(H) More than $550,000 add 14": 22 + 2
    # = 24 (at); "(I) More than $1,500,000 add 16": 24 + 2 = 26 (above)
    (None, 10), ("$550,000.01", 24), ("$1,500,000.01", 26),
])
def test_b2_from_2002_gross_receipts_plus_2_and_the_floor(value, after_b2):
    facts = {"bribe_value": value} if value else {}
    steps = _steps("2025-11-01", gross_receipts_over_1_million=True, **facts)
    assert steps[-2] == ("§2B4.1(b)(2)(A)", after_b2)
    assert steps[-1] == ("§2B4.1(b)(2)", max(after_b2, 24))


def test_b2_from_2002_apply_the_greater():
    # A646 "(Apply the greater)": (B) +4 applied, (A) +2 shown not applied
    assert _steps("2002-11-01", gross_receipts_over_1_million=True,
                  jeopardized_financial_institution=True) == [
        ("§2B4.1(a)", 8), ("§2B4.1(b)(2)(A)", 8), ("§2B4.1(b)(2)(B)", 12), ("§2B4.1(b)(2)", 24)]


@pytest.mark.parametrize("manual", ["1991-11-01", "2001-11-01"])
def test_b2_1991_to_2002_either_clause_plus_4_once(manual):
    # A364: "(A) ...; or (B) ..., increase by 4 levels": once for both
    steps = _steps(manual, gross_receipts_over_1_million=True,
                   jeopardized_financial_institution=True)
    assert [level for _, level in steps] == [8, 8, 12, 24]
    assert _steps(manual, gross_receipts_over_1_million=True)[1] == ("§2B4.1(b)(2)(B)", 12)


@pytest.mark.parametrize("manual,field,amendment", [
    ("1989-11-01", "jeopardized_financial_institution", "317"),
    ("1989-11-01", "gross_receipts_over_1_million", "317"),
    ("1990-11-01", "gross_receipts_over_1_million", "364"),
])
def test_a_fact_the_edition_lacks_is_refused(manual, field, amendment):
    with pytest.raises(CaseError) as error:
        _steps(manual, **{field: True})
    assert f"offense.commercial_bribery.{field}" in str(error.value)
    assert f"Amendment {amendment}" in str(error.value)


# the worked cases, one per era, through the real command line
WORKED = [
    # 1987: 8; the greater, $40,000, §2F1.1 1987 "(E) $20,001 - $50,000 add 4": 12
    ("1987-11-01", 'bribe_value = "$4,000"\nimproper_benefit = "$40,000"',
     [("§2B4.1(a)", 8), ("§2B4.1(b)(1)", 12)]),
    # 1990: $40,000, §2F1.1 1989 "(E) More than $20,000 add 4": 12; jeopardized +4: 16 -> 24
    ("1990-11-01", 'bribe_value = "$40,000"\njeopardized_financial_institution = true',
     [("§2B4.1(a)", 8), ("§2B4.1(b)(1)", 12), ("§2B4.1(b)(2)", 16), ("§2B4.1(b)(2)", 24)]),
    # 2001: $3,000: (A) +1: 9
    ("2001-11-01", 'bribe_value = "$3,000"', [("§2B4.1(a)", 8), ("§2B4.1(b)(1)(A)", 9)]),
    # 2002: $12,000, §2B1.1 "(C) More than $10,000 add 4": 12; (A) +2: 14 -> 24
    ("2002-11-01", 'improper_benefit = "$12,000"\ngross_receipts_over_1_million = true',
     [("§2B4.1(a)", 8), ("§2B4.1(b)(1)(B)", 12), ("§2B4.1(b)(2)(A)", 14),
      ("§2B4.1(b)(2)", 24)]),
]


@pytest.mark.parametrize("manual,facts,steps", WORKED, ids=[w[0] for w in WORKED])
def test_worked_case_per_era_through_the_cli(capsys, tmp_path, manual, facts, steps):
    path = case_file(tmp_path, "2B4.1", KEY, facts, manual)
    assert chapter_two_steps(calc_json(capsys, path)) == steps


def test_the_example_worked_by_hand(capsys):
    # examples/commercial-bribery-2025.toml: 8, 16, 18, 24
    result = calc_json(capsys, ROOT / "examples" / "commercial-bribery-2025.toml")
    assert chapter_two_steps(result) == [
        ("§2B4.1(a)", 8), ("§2B4.1(b)(1)(B)", 16), ("§2B4.1(b)(2)(A)", 18),
        ("§2B4.1(b)(2)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}


def test_a_fact_the_edition_lacks_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2B4.1", KEY, 'jeopardized_financial_institution = true',
                     "1989-11-01")
    error = calc_refused(capsys, path)
    assert "offense.commercial_bribery.jeopardized_financial_institution" in error
    assert "Amendment 317" in error


def test_a_date_after_the_entered_editions_is_refused(capsys, tmp_path):
    # reviewed through the Nov. 1, 2025 Manual: the Nov. 1, 2026 edition is not entered
    error = calc_refused(capsys, case_file(tmp_path, "2B4.1", KEY, 'bribe_value = "$100"',
                                           "2026-11-01"))
    assert "2026" in error


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(VERSIONS[1:]), a=st.integers(0, 30_000_000),
       b=st.integers(0, 30_000_000), jeopardized=st.booleans())
def test_a_greater_value_never_lowers_the_level(manual, a, b, jeopardized):
    def level(value: int) -> int:
        facts = {"improper_benefit": str(Decimal(value)),
                 "jeopardized_financial_institution": jeopardized}
        return chapter_two_level(manual, "2B4.1", KEY, facts)
    low, high = sorted((a, b))
    assert 8 <= level(low) <= level(high) <= 43
