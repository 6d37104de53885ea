"""§2B5.3 (Criminal Infringement of Copyright or Trademark) in every edition, and the former
§2B5.4 (Criminal Infringement of Trademark, 1987-1993): (b)(1)'s amount at every edge of each
version (just below, at, just above; the loss table of the same date), each characteristic
the day before and the day an amendment brought or changed it, its floors, computed
in-process; a worked case per era through the real command line; the refusals.

Sources (under /work/shared/reference/ussg/appendix_c_2016/ unless a Manual is named):
  A590  = APPENDIX_C_Vol_II.txt lines 1038-1045 (the 1987/1993 text struck May 1, 2000: (a)
          6, (b)(1) "retail value of the infringing items exceeded $2,000 ... §2F1.1"),
          1105-1130 (its reason: 8; +2 and 12; -2 not below 8; +2 and 13), 1148
  A593  = APPENDIX_C_Vol_II.txt lines 2064-2086 (Nov. 1, 2000: (a) 8, (b)(1)-(4) whole)
  A617  = APPENDIX_C_Vol_II.txt lines 6526-6534 (Nov. 1, 2001: (A) $2,000-$5,000 +1, (B)
          §2B1.1's table)
  A675  = APPENDIX_C_Vol_III.txt lines 5449-5453 (Oct. 24, 2005: (b)(2) pre-release)
  A704  = APPENDIX_C_Vol_III.txt lines 8791-8794 (Nov. 1, 2007: (b)(3)(B) circumvention)
  A735  = APPENDIX_C_Vol_III.txt lines 14050-14051 (Nov. 1, 2009: "death or"; 13 -> 14)
  A773  = APPENDIX_C_Supplement.txt lines 1563-1572 (Nov. 1, 2013: (b)(5) drug, (b)(7))
  A791  = APPENDIX_C_Supplement.txt lines 4670-4672 (Nov. 1, 2015: $2,500 and $6,500)
  A481  = APPENDIX_C_Vol_I.txt lines 14073-14083 (§2B5.4 deleted Nov. 1, 1993, quoted)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 3201-3219; S2025 = manual_2025/
          GLM2025_fulltext.txt lines 6757-6800
  Loss tables: tables/fraud_deceit_loss_table.toml (1987: App. C Vol. I lines 3104-3117;
  1989: lines 3119-3138), tables/theft_fraud_loss_table.toml (2001, 2003, 2015 rows)
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

KEY = "copyright_trademark"
EXAMPLE = ROOT / "examples" / "copyright-2025.toml"


def _case(facts: dict, day: str, guideline: str = "2B5.3", key: str = KEY) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
            "offense": {"guideline": guideline, key: facts}}
    return Case.model_validate(data)


def _steps(facts: dict, day: str, guideline: str = "2B5.3",
           key: str = KEY) -> list[tuple[str, int, str]]:
    computation = calculate(_case(facts, day, guideline, key))
    return [(s.section, s.level, s.change) for s in computation.steps
            if s.chapter == "chapter_two"]


def _amount(value: str, day: str, of: str = "infringing_items") -> tuple[str, int]:
    """(b)(1)'s step for an amount: its section and the level after it."""
    section, level, _ = _steps({"infringement_amount": value, "retail_value_of": of}, day)[1]
    return section, level


def _refused(facts: dict, day: str, guideline: str = "2B5.3", key: str = KEY) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day, guideline, key))
    return str(error.value)


SMALL = {"infringement_amount": "$1,000", "retail_value_of": "infringing_items"}


# (a): 6 until Apr. 30, 2000 (A590's struck text), 8 from May 1, 2000 (A590 reason, A593).
@pytest.mark.parametrize("day,level", [("1987-11-01", 6), ("1993-11-01", 6), ("2000-04-30", 6),
                                       ("2000-05-01", 8), ("2025-11-01", 8)])
def test_base_offense_level(day, level):
    assert _steps(SMALL, day)[0] == ("§2B5.3(a)", level, f"= {level}")


# Nov. 1, 1987 - Oct. 31, 1989: §2F1.1's whole-dollar lines ($2,001 - $5,000 +1, $5,001 -
# $10,000 +2); (b)(1) "exceeded $2,000" (A590).
@pytest.mark.parametrize("value,level", [("$2,000", 6), ("$2,001", 7), ("$5,000", 7),
                                         ("$5,001", 8)])
def test_amount_1987(value, level):
    assert _amount(value, "1988-01-15") == ("§2B5.3(b)(1)", level)


def test_between_two_whole_dollar_lines_is_refused_1987():
    message = _refused({"infringement_amount": "$2,000.50",
                        "retail_value_of": "infringing_items"}, "1988-01-15")
    assert f"{KEY}.infringement_amount" in message


# Nov. 1, 1989 - Oct. 31, 2001: Amendment 154's §2F1.1 table (more than $2,000 +1, $5,000 +2,
# $40,000 +5); base 6 until Apr. 30, 2000, 8 from May 1, 2000.
@pytest.mark.parametrize("value,add", [("$2,000", 0), ("$2,000.01", 1), ("$5,000", 1),
                                       ("$5,000.01", 2), ("$40,000", 4), ("$40,000.01", 5)])
def test_amount_1989_to_2001(value, add):
    assert _amount(value, "1989-11-01") == ("§2B5.3(b)(1)", 6 + add)
    assert _amount(value, "2000-04-30") == ("§2B5.3(b)(1)", 6 + add)
    assert _amount(value, "2000-05-01") == ("§2B5.3(b)(1)", 8 + add)
    assert _amount(value, "2001-10-31") == ("§2B5.3(b)(1)", 8 + add)


# Nov. 1, 2001 - Oct. 31, 2015 (A617): (A) over $2,000 up to $5,000 +1; (B) over $5,000 the
# §2B1.1 table (more than $5,000 add 2, more than $10,000 add 4).
@pytest.mark.parametrize("value,section,level", [
    ("$2,000", "§2B5.3(b)(1)", 8), ("$2,000.01", "§2B5.3(b)(1)(A)", 9),
    ("$5,000", "§2B5.3(b)(1)(A)", 9), ("$5,000.01", "§2B5.3(b)(1)(B)", 10),
    ("$10,000", "§2B5.3(b)(1)(B)", 10), ("$10,000.01", "§2B5.3(b)(1)(B)", 12)])
def test_amount_2001_to_2015(value, section, level):
    assert _amount(value, "2001-11-01") == (section, level)
    assert _amount(value, "2015-10-31", "infringed_items") == (section, level)


# From Nov. 1, 2015 (A791; S2016 line 3207, S2025 lines 6763-6766): $2,500 and $6,500; the
# §2B1.1 table of 2015 (more than $6,500 add 2, more than $15,000 add 4).
@pytest.mark.parametrize("value,section,level", [
    ("$2,500", "§2B5.3(b)(1)", 8), ("$2,500.01", "§2B5.3(b)(1)(A)", 9),
    ("$6,500", "§2B5.3(b)(1)(A)", 9), ("$6,500.01", "§2B5.3(b)(1)(B)", 10),
    ("$15,000", "§2B5.3(b)(1)(B)", 10), ("$15,000.01", "§2B5.3(b)(1)(B)", 12)])
def test_amount_from_2015(value, section, level):
    assert _amount(value, "2015-11-01") == (section, level)
    assert _amount(value, "2025-11-01", "infringed_items") == (section, level)


def test_retail_value_of_the_infringed_items_from_may_2000():
    """Before Amendment 590 the guideline read the retail value of the infringing items only
    (A590's struck text; from 1993 Note 1, "not the legitimate items that are infringed
    upon")."""
    facts = {"infringement_amount": "$1,000", "retail_value_of": "infringed_items"}
    message = _refused(facts, "2000-04-30")
    assert f"{KEY}.retail_value_of" in message and "Amendment 590" in message
    assert _steps(facts, "2000-05-01")[-1] == ("§2B5.3(b)(1)", 8, "no increase")


# Each characteristic: refused the day before the amendment that brought it, applied the day
# it took effect (the paragraph as then numbered).
@pytest.mark.parametrize("fact,value,before,day,section,change", [
    ("manufacture_importation_or_uploading", True, "2000-04-30", "2000-05-01", "§2B5.3(b)(2)",
     "+2"),
    ("not_for_commercial_advantage_or_private_financial_gain", True, "2000-04-30",
     "2000-05-01", "§2B5.3(b)(3)", "no change"),
    ("dangerous_weapon_possessed", True, "2000-04-30", "2000-05-01", "§2B5.3(b)(4)", "+2"),
    ("conscious_or_reckless_risk_of", "serious_bodily_injury", "2000-04-30", "2000-05-01",
     "§2B5.3(b)(4)", "+2"),
    ("pre_release_work", True, "2005-10-23", "2005-10-24", "§2B5.3(b)(2)", "+2"),
    ("circumvention_devices_trafficking_conviction", True, "2007-10-31", "2007-11-01",
     "§2B5.3(b)(3)", "+2"),
    ("conscious_or_reckless_risk_of", "death", "2009-10-31", "2009-11-01", "§2B5.3(b)(5)",
     "+2"),
    ("counterfeit_drug", True, "2013-10-31", "2013-11-01", "§2B5.3(b)(5)", "+2"),
    ("counterfeit_military_good_or_service", True, "2013-10-31", "2013-11-01", "§2B5.3(b)(7)",
     "+2")])
def test_each_characteristic_from_its_amendment(fact, value, before, day, section, change):
    facts = {**SMALL, fact: value}
    assert f"{KEY}.{fact}" in _refused(facts, before)
    assert any(step[0] == section and step[2] == change for step in _steps(facts, day))


def test_renumbering_by_amendments_675_and_773():
    """The weapon is (b)(4) before Oct. 24, 2005, (b)(5) until Oct. 31, 2013, then (b)(6);
    the manufacture (b)(2), then (b)(3)."""
    facts = {**SMALL, "dangerous_weapon_possessed": True,
             "manufacture_importation_or_uploading": True}
    assert [s[0] for s in _steps(facts, "2005-10-23")][2:] == [
        "§2B5.3(b)(2)", "§2B5.3(b)(2)", "§2B5.3(b)(4)", "§2B5.3(b)(4)"]
    assert [s[0] for s in _steps(facts, "2005-10-24")][2:] == [
        "§2B5.3(b)(3)", "§2B5.3(b)(3)", "§2B5.3(b)(5)", "§2B5.3(b)(5)"]
    assert [s[0] for s in _steps(facts, "2013-11-01")][2:] == [
        "§2B5.3(b)(3)", "§2B5.3(b)(3)", "§2B5.3(b)(6)", "§2B5.3(b)(6)"]


# The floor of the manufacture (A593: "If the resulting offense level is less than level 12,
# increase to level 12"): 8 + 0 + 2 = 10 -> 12; 8 + 1 + 2 = 11 -> 12; 8 + 2 + 2 = 12 stays.
@pytest.mark.parametrize("value,after_plus_two,final,change", [
    ("$2,000", 10, 12, "→ 12"), ("$2,000.01", 11, 12, "→ 12"), ("$5,000.01", 12, 12,
                                                                   "no change")])
def test_the_floor_of_12(value, after_plus_two, final, change):
    steps = _steps({"infringement_amount": value, "retail_value_of": "infringing_items",
                    "manufacture_importation_or_uploading": True}, "2010-11-01")
    assert steps[2] == ("§2B5.3(b)(3)", after_plus_two, "+2")
    assert steps[3] == ("§2B5.3(b)(3)", final, change)


def test_circumvention_and_manufacture_count_once():
    """(b)(3)(A) or (B): one +2 for both (A704)."""
    steps = _steps({**SMALL, "manufacture_importation_or_uploading": True,
                    "circumvention_devices_trafficking_conviction": True}, "2016-11-01")
    assert [s for s in steps if s[2] == "+2"] == [("§2B5.3(b)(3)", 10, "+2")]


# The decrease "but the resulting offense level shall be not less than level 8" (A593): 8
# stays 8; 9 to 8 (-1); 10 to 8 (-2); 12 to 10 (-2).
@pytest.mark.parametrize("value,before,after,change", [
    ("$2,000", 8, 8, "no change"), ("$2,000.01", 9, 8, "-1"), ("$5,000.01", 10, 8, "-2"),
    ("$10,000.01", 12, 10, "-2")])
def test_the_decrease_not_below_8(value, before, after, change):
    steps = _steps({"infringement_amount": value, "retail_value_of": "infringing_items",
                    "not_for_commercial_advantage_or_private_financial_gain": True},
                   "2010-11-01")
    assert steps[1][1] == before
    assert steps[2] == ("§2B5.3(b)(4)", after, change)


# The risk or weapon's floor: 13 until Oct. 31, 2009 (A593), 14 from Nov. 1, 2009 (A735).
@pytest.mark.parametrize("day,section,floor", [("2009-10-31", "§2B5.3(b)(5)", 13),
                                               ("2009-11-01", "§2B5.3(b)(5)", 14),
                                               ("2025-11-01", "§2B5.3(b)(6)", 14)])
def test_the_risk_or_weapon_floor(day, section, floor):
    steps = _steps({**SMALL, "dangerous_weapon_possessed": True,
                    "conscious_or_reckless_risk_of": "serious_bodily_injury"}, day)
    assert steps[-2] == (section, 10, "+2")  # once for (A) and (B)
    assert steps[-1] == (section, floor, f"→ {floor}")
    high = _steps({"infringement_amount": "$20,000", "retail_value_of": "infringing_items",
                   "dangerous_weapon_possessed": True}, day)
    assert high[-1][2] == "no change"  # 8 + 4 (or 6) + 2 is not less than the floor


def test_the_military_floor_of_14():
    steps = _steps({**SMALL, "counterfeit_military_good_or_service": True}, "2013-11-01")
    assert steps[-2:] == [("§2B5.3(b)(7)", 10, "+2"), ("§2B5.3(b)(7)", 14, "→ 14")]


def test_the_counterfeit_drug_words_by_edition():
    """(b)(5): "a counterfeit drug" (A773; S2016 line 3215); from Nov. 1, 2018 "a drug that
    uses a counterfeit mark on or in connection with the drug" (S2025 line 6782)."""
    table = load_table("copyright_trademark")
    words = {str(v.effective): v["counterfeit_drug"].get("text") for v in table.versions}
    assert words["2015-11-01"] == "If the offense involved a counterfeit drug, increase by 2 levels."
    assert "counterfeit mark" in words["2018-11-01"]
    assert _steps({**SMALL, "counterfeit_drug": True}, "2025-11-01")[-1] == (
        "§2B5.3(b)(5)", 10, "+2")


def test_the_versions_and_their_verification():
    table = load_table("copyright_trademark")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("1993-11-01", "verbatim"),
                   ("2000-05-01", "unverified"), ("2000-11-01", "verbatim"),
                   ("2001-11-01", "derived"), ("2005-10-24", "derived"),
                   ("2007-11-01", "derived"), ("2009-11-01", "derived"),
                   ("2013-11-01", "derived"), ("2015-11-01", "verbatim"),
                   ("2018-11-01", "derived")]


# §2B5.4 (A481): (a) 6, (b)(1) the retail value of the infringing items over $2,000 through
# §2F1.1's table; deleted Nov. 1, 1993.
@pytest.mark.parametrize("value,day,level", [
    ("$2,000", "1988-01-15", 6), ("$2,001", "1988-01-15", 7), ("$5,001", "1988-01-15", 8),
    ("$2,000", "1993-10-31", 6), ("$2,000.01", "1993-10-31", 7), ("$10,000.01", "1993-10-31",
                                                                   9)])
def test_2b5_4_until_1993(value, day, level):
    steps = _steps({"retail_value_of_infringing_items": value}, day, "2B5.4",
                   "trademark_infringement")
    assert steps[0] == ("§2B5.4(a)", 6, "= 6")
    assert steps[1][:2] == ("§2B5.4(b)(1)", level)


def test_2b5_4_deleted_1993():
    message = _refused({"retail_value_of_infringing_items": "$3,000"}, "1993-11-01", "2B5.4",
                       "trademark_infringement")
    assert "2B5.3" in message and "Amendment 481" in message


def test_worked_case_2025(capsys):
    """examples/copyright-2025.toml, worked by hand in its comments from S2025."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2B5.3(a)", 8), ("§2B5.3(b)(1)(B)", 16),
                                         ("§2B5.3(b)(2)", 18), ("§2B5.3(b)(3)", 20),
                                         ("§2B5.3(b)(3)", 20)]
    assert result["total_offense_level"] == 17  # §3E1.1(a) -2, (b) -1
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}


def test_worked_case_1991_era(capsys, tmp_path):
    """The Nov. 1, 1991 Manual (A590's struck text; §2F1.1's table of 1989): counterfeit
    videotapes, retail value of the infringing items $45,000: 6 + 5 (more than $40,000) = 11."""
    path = case_file(tmp_path, "2B5.3", KEY, 'infringement_amount = "$45,000"\n'
                     'retail_value_of = "infringing_items"', "1991")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2B5.3(a)", 6), ("§2B5.3(b)(1)", 11)]


def test_worked_case_2b5_4_1990(capsys):
    """examples/trademark-2b5.4-1990.toml (A481's quotation; §2F1.1 of 1989): counterfeit
    watches, $12,000: 6 + 3 (more than $10,000) = 9; 4-10 months."""
    result = calc_json(capsys, ROOT / "examples" / "trademark-2b5.4-1990.toml")
    assert chapter_two_steps(result) == [("§2B5.4(a)", 6), ("§2B5.4(b)(1)", 9)]
    assert result["range"] == {"min_months": 4, "max_months": 10, "life": False}


def test_worked_case_2004_era(capsys, tmp_path):
    """The Nov. 1, 2004 Manual (A593 with A617's (b)(1); §2B1.1's table of 2003: more than
    $30,000 add 6): uploaded software, $35,000 infringed retail value, not for profit:
    8 + 6 + 2 (b)(2) = 16, -2 (b)(3) = 14."""
    path = case_file(tmp_path, "2B5.3", KEY, 'infringement_amount = "$35,000"\n'
                     'retail_value_of = "infringed_items"\n'
                     "manufacture_importation_or_uploading = true\n"
                     "not_for_commercial_advantage_or_private_financial_gain = true", "2004")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2B5.3(a)", 8), ("§2B5.3(b)(1)(B)", 14),
                                         ("§2B5.3(b)(2)", 16), ("§2B5.3(b)(2)", 16),
                                         ("§2B5.3(b)(3)", 14)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2B5.3", KEY, 'infringement_amount = "$3,000"\n'
                     'retail_value_of = "infringing_items"\n'
                     "counterfeit_military_good_or_service = true", "2012")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.counterfeit_military_good_or_service" in err
    assert "Amendment 773" in err


def test_a_missing_amount_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2B5.3", KEY, 'retail_value_of = "infringing_items"', "2025")
    err = calc_refused(capsys, path)
    assert "infringement_amount" in err and "Traceback" not in err
