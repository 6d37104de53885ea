"""§2Q2.1 (Offenses Involving Fish, Wildlife, and Plants) in every edition: (b)(3)(A)'s market
value at every edge of each version (just below, at, just above; the loss table of the same
date), (b)(3)'s greater of (A) and (B), (b)(1)-(2) and (c)(1) the day before and the day an
amendment changed them, computed in-process; a worked case per era through the real command
line; the refusals.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 8969-8985 ((a) 8969, (b)(1) 8973, (b)(2)
          8975, (b)(3) 8977-8981, (c)(1) 8985); S2025 = manual_2025/GLM2025_fulltext.txt lines
          16540-16583
  A210  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 4077-4081 ("Apply the greater:")
  A407  = APPENDIX_C_Vol_I.txt lines 10822-10823 ("specially protected" deleted, Nov. 1, 1991)
  A452  = APPENDIX_C_Vol_I.txt lines 12647-12665 (Nov. 1, 1992: (b)(1)(A)-(B), (b)(2)(A)-(B),
          (b)(3)(B)'s listed species instead of the substantial quantity)
  A617  = APPENDIX_C_Vol_II.txt lines 6671-6678 (Nov. 1, 2001: (b)(3)(A) "exceeded $2,000 ...
          table in §2F1.1" -> (i) $2,000-$5,000 +1, (ii) over $5,000 §2B1.1's table)
  A638  = APPENDIX_C_Vol_II.txt lines 10522-10528 (Nov. 1, 2002: (c)(1) into §2B1.5)
  A758  = APPENDIX_C_Vol_III.txt lines 17300-17302 (Nov. 1, 2011: "or paleontological resource")
  A791  = APPENDIX_C_Supplement.txt lines 4677-4679 (Nov. 1, 2015: $2,500 and $6,500)
  Loss tables: tables/fraud_deceit_loss_table.toml (1987: App. C Vol. I lines 3104-3117;
  1989: lines 3119-3138), tables/theft_fraud_loss_table.toml (2001, 2015 rows)
"""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "wildlife"
EXAMPLE = ROOT / "examples" / "wildlife-2025.toml"


def _case(facts: dict, day: str) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2Q2.1", KEY: facts}}
    return Case.model_validate(data)


def _steps(facts: dict, day: str) -> list[tuple[str, int, str]]:
    computation = calculate(_case(facts, day))
    return [(s.section, s.level, s.change) for s in computation.steps
            if s.chapter == "chapter_two"]


def _value(value: str, day: str) -> tuple[str, int, str]:
    """(b)(3)(A)'s step for a market value: its section, the level after it, its change."""
    return _steps({"market_value": value}, day)[1]


def _refused(facts: dict, day: str) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day))
    return str(error.value)


# Nov. 1, 1987 - Oct. 31, 1989: §2F1.1's original table of whole-dollar lines ($2,001 - $5,000
# +1, $5,001 - $10,000 +2; App. C Vol. I lines 3104-3117); (b)(3)(A) "exceeded $2,000" (A617).
@pytest.mark.parametrize("value,level,change", [
    ("$2,000", 6, "no increase"), ("$2,001", 7, "+1"), ("$5,000", 7, "+1"),
    ("$5,001", 8, "+2")])
def test_market_value_1987(value, level, change):
    assert _value(value, "1988-01-15") == ("§2Q2.1(b)(3)(A)", level, change)
    assert _value(value, "1989-10-31") == ("§2Q2.1(b)(3)(A)", level, change)


def test_between_two_whole_dollar_lines_is_refused_1987():
    assert f"{KEY}.market_value" in _refused({"market_value": "$2,000.50"}, "1988-01-15")


# Nov. 1, 1989 - Oct. 31, 2001: Amendment 154's §2F1.1 table (more than $2,000 +1, more than
# $5,000 +2 ... more than $40,000 +5; App. C Vol. I lines 3119-3138).
@pytest.mark.parametrize("value,level", [
    ("$2,000", 6), ("$2,000.01", 7), ("$5,000", 7), ("$5,000.01", 8), ("$40,000", 10),
    ("$40,000.01", 11)])
def test_market_value_1989_to_2001(value, level):
    assert _value(value, "1989-11-01")[1] == level
    assert _value(value, "2001-10-31")[1] == level


# Nov. 1, 2001 - Oct. 31, 2015 (A617): (i) over $2,000 up to $5,000 +1; (ii) over $5,000 the
# §2B1.1 table (more than $5,000 add 2, more than $10,000 add 4).
@pytest.mark.parametrize("value,section,level", [
    ("$2,000", "§2Q2.1(b)(3)(A)", 6), ("$2,000.01", "§2Q2.1(b)(3)(A)(i)", 7),
    ("$5,000", "§2Q2.1(b)(3)(A)(i)", 7), ("$5,000.01", "§2Q2.1(b)(3)(A)(ii)", 8),
    ("$10,000", "§2Q2.1(b)(3)(A)(ii)", 8), ("$10,000.01", "§2Q2.1(b)(3)(A)(ii)", 10)])
def test_market_value_2001_to_2015(value, section, level):
    assert _value(value, "2001-11-01")[:2] == (section, level)
    assert _value(value, "2015-10-31")[:2] == (section, level)


# From Nov. 1, 2015 (A791; S2016 line 8979, S2025 the same): $2,500 and $6,500; §2B1.1's
# table of 2015 (more than $6,500 add 2, more than $15,000 add 4).
@pytest.mark.parametrize("value,section,level", [
    ("$2,500", "§2Q2.1(b)(3)(A)", 6), ("$2,500.01", "§2Q2.1(b)(3)(A)(i)", 7),
    ("$6,500", "§2Q2.1(b)(3)(A)(i)", 7), ("$6,500.01", "§2Q2.1(b)(3)(A)(ii)", 8),
    ("$15,000", "§2Q2.1(b)(3)(A)(ii)", 8), ("$15,000.01", "§2Q2.1(b)(3)(A)(ii)", 10)])
def test_market_value_from_2015(value, section, level):
    assert _value(value, "2015-11-01")[:2] == (section, level)
    assert _value(value, "2025-11-01")[:2] == (section, level)


# (b)(3) "(If more than one applies, use the greater)" (S2016 line 8977): (B) +4 against (A).
@pytest.mark.parametrize("value,applied,level", [
    ("$15,000", "§2Q2.1(b)(3)(B)", 10),  # (A) +2: (B) applies
    ("$15,000.01", "§2Q2.1(b)(3)(A)(ii)", 10),  # (A) +4 = (B): one of them, once
    ("$40,000.01", "§2Q2.1(b)(3)(A)(ii)", 12)])  # (A) +6: (A) applies
def test_the_greater_of_a_and_b(value, applied, level):
    steps = _steps({"market_value": value, "protected": "endangered_or_threatened"},
                   "2025-11-01")
    adjusted = [s for s in steps if s[2].startswith("+")]
    assert adjusted == [(applied, level, f"+{level - 6}")]
    assert [s[2] for s in steps if s[2] == "not applied"] == ["not applied"]


def test_amendment_452():
    """(b)(1)(A)-(B), (b)(2)(B) and the listed species from Nov. 1, 1992; the substantial
    quantity before."""
    for key in ("pecuniary_gain", "pattern_of_similar_violations",
                "risk_of_infestation_or_disease"):
        message = _refused({key: True}, "1992-10-31")
        assert f"{KEY}.{key}" in message and "Amendment 452" in message
        assert _steps({key: True}, "1992-11-01")[-1][1:] == (8, "+2")
    assert f"{KEY}.protected" in _refused({"protected": "cites_appendix_i"}, "1992-10-31")
    assert f"{KEY}.protected" in _refused({"protected": "substantial_quantity"}, "1992-11-01")
    assert _steps({"protected": "substantial_quantity"}, "1992-10-31")[-1] == (
        "§2Q2.1(b)(3)(B)", 10, "+4")
    assert _steps({"protected": "depleted_marine_mammals"}, "1992-11-01")[-1] == (
        "§2Q2.1(b)(3)(B)", 10, "+4")


def test_each_paragraph_applies_once():
    steps = _steps({"commercial_purpose": True, "pecuniary_gain": True,
                    "pattern_of_similar_violations": True, "not_quarantined": True,
                    "risk_of_infestation_or_disease": True}, "2025-11-01")
    assert steps == [("§2Q2.1(a)", 6, "= 6"), ("§2Q2.1(b)(1)", 8, "+2"),
                     ("§2Q2.1(b)(2)", 10, "+2")]


def test_the_cross_reference_from_2002():
    """(c)(1) (A638) from Nov. 1, 2002, if greater; the paleontological resource from Nov. 1,
    2011 (A758)."""
    stated = {"cultural_heritage_level": 14}
    message = _refused(stated, "2002-10-31")
    assert f"{KEY}.cultural_heritage_level" in message and "Amendment 638" in message
    assert _steps(stated, "2002-11-01")[-1] == ("§2Q2.1(c)(1)", 14, "→ 14")
    lower = {"market_value": "$40,000.01", "cultural_heritage_level": 10}  # 6 + 6 = 12
    assert _steps(lower, "2025-11-01")[-1] == ("§2Q2.1(c)(1)", 12, "not applied")
    fossil = {"cultural_heritage": {"resource": "paleontological", "value": "$30,000"}}
    message = _refused(fossil, "2011-10-31")
    assert f"{KEY}.cultural_heritage.resource" in message and "Amendment 758" in message
    # §2B1.5 of 2011: (a) 8, (b)(1) $30,000 over $10,000: §2B1.1 "add 4" (2003-2015 table)
    assert _steps(fossil, "2011-11-01")[-1] == ("§2Q2.1(c)(1)", 12, "→ 12")


def test_the_versions_and_their_verification():
    table = load_table("wildlife")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("1989-11-01", "derived"),
                   ("1991-11-01", "derived"), ("1992-11-01", "derived"),
                   ("2001-11-01", "derived"), ("2002-11-01", "derived"),
                   ("2011-11-01", "derived"), ("2015-11-01", "verbatim")]
    opening = [v["greater_text"] for v in table.versions]
    assert opening[0] == "Apply the greater:" and set(opening[1:]) == {
        "(If more than one applies, use the greater):"}
    assert "specially protected" in table.versions[1]["market_value"]["text"]
    assert "specially protected" not in table.versions[2]["market_value"]["text"]


def test_worked_case_2025(capsys):
    """examples/wildlife-2025.toml, worked by hand in its comments from S2025."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2Q2.1(a)", 6), ("§2Q2.1(b)(1)", 8),
                                         ("§2Q2.1(b)(3)(A)(ii)", 8), ("§2Q2.1(b)(3)(B)", 12)]
    assert result["total_offense_level"] == 10  # §3E1.1(a) -2
    assert result["range"] == {"min_months": 6, "max_months": 12, "life": False}


def test_worked_case_1988_era(capsys, tmp_path):
    """The Nov. 1, 1987 Manual (derived): a commercial guide's illegal hunts of specially
    protected sheep, $30,000: 6 + 2 + 4 (§2F1.1's 1987 table, $20,001 - $50,000) = 12."""
    path = case_file(tmp_path, "2Q2.1", KEY, 'market_value = "$30,000"\n'
                     "commercial_purpose = true", "1987")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q2.1(a)", 6), ("§2Q2.1(b)(1)", 8),
                                         ("§2Q2.1(b)(3)(A)", 12)]


def test_worked_case_1995_era(capsys, tmp_path):
    """The Nov. 1, 1995 Manual (A452's words, §2F1.1's 1989 table): unquarantined birds,
    $12,000, endangered: 6 + 2 + the greater of +3 (more than $10,000) and +4 = 12."""
    path = case_file(tmp_path, "2Q2.1", KEY, 'market_value = "$12,000"\n'
                     "not_quarantined = true\n"
                     "protected = \"endangered_or_threatened\"", "1995")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q2.1(a)", 6), ("§2Q2.1(b)(2)", 8),
                                         ("§2Q2.1(b)(3)(A)", 8), ("§2Q2.1(b)(3)(B)", 12)]


def test_worked_case_2005_era(capsys, tmp_path):
    """The Nov. 1, 2004 Manual (A617's (b)(3)(A), the §2B1.1 table of 2003: more than $30,000
    add 6): $35,000, a pattern of similar violations: 6 + 2 + 6 = 14."""
    path = case_file(tmp_path, "2Q2.1", KEY, 'market_value = "$35,000"\n'
                     "pattern_of_similar_violations = true", "2004")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q2.1(a)", 6), ("§2Q2.1(b)(1)", 8),
                                         ("§2Q2.1(b)(3)(A)(ii)", 14)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2Q2.1", KEY, 'market_value = "$3,000"\n'
                     "pecuniary_gain = true", "1990")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.pecuniary_gain" in err and "Amendment 452" in err


def test_a_bad_value_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2Q2.1", KEY, 'market_value = 3000.5', "2025")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.market_value" in err
