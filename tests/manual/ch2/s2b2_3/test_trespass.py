"""§2B2.3 (Trespass) in every edition: (b)(1)'s locations the day before and the day each
amendment listed them, (b)(2), (b)(3)'s protected-computer loss at every edge of each version
(just below, at, just above; the loss table of the same date), (c)(1) from 2002, computed
in-process; a worked case per era through the real command line; the refusals.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 2843-2859 ((a) 2843, (b)(1) 2847-2851, (b)(2)
          2853, (b)(3) 2855, (c)(1) 2859); S2025 = manual_2025/GLM2025_fulltext.txt lines
          6035-6076
  A108  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 1846-1847 ("a firearm or other dangerous
          weapon" -> "a dangerous weapon (including a firearm)", Nov. 1, 1989)
  A551  = APPENDIX_C_Vol_I.txt lines 19948-19952 (Nov. 1, 1997: (b)(3), §2F1.1's table over
          $2000)
  A617  = APPENDIX_C_Vol_II.txt lines 6475-6484 (Nov. 1, 2001: (B)(i) $2,000-$5,000 +1, (ii)
          over $5,000 §2B1.1's table)
  A637  = APPENDIX_C_Vol_II.txt lines 9715-9724 (Nov. 1, 2002: (b)(1) (A)-(E), (c)(1))
  A654  = APPENDIX_C_Vol_II.txt lines 15618-15621 (Nov. 1, 2003: (F) the computer systems)
  A699, A703 = APPENDIX_C_Vol_III.txt lines 7652-7653, 8758-8760 (Nov. 1, 2007: seaport,
          cemeteries)
  A777  = APPENDIX_C_Supplement.txt lines 2077-2097 (Nov. 1, 2013: (A)(i)-(viii), (B) +4)
  A791  = APPENDIX_C_Supplement.txt lines 4645-4646 (Nov. 1, 2015: $2,500 and $6,500)
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

KEY = "trespass"
EXAMPLE = ROOT / "examples" / "trespass-2016.toml"


def _case(facts: dict, day: str) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2B2.3", KEY: facts}}
    return Case.model_validate(data)


def _steps(facts: dict, day: str) -> list[tuple[str, int, str]]:
    computation = calculate(_case(facts, day))
    return [(s.section, s.level, s.change) for s in computation.steps
            if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day))
    return str(error.value)


def _loss(value: str, day: str) -> tuple[str, int]:
    return _steps({"protected_computer_loss": value}, day)[1][:2]


# (b)(1): each location the day before and the day the amendment listed it.
@pytest.mark.parametrize("location,added,section", [
    ("vessel_or_aircraft_of_the_united_states", "2002-11-01", "§2B2.3(b)(1)(C)"),
    ("secure_area_of_airport", "2002-11-01", "§2B2.3(b)(1)(D)"),
    ("critical_infrastructure_computer", "2003-11-01", "§2B2.3(b)(1)(F)(i)"),
    ("government_entity_computer", "2003-11-01", "§2B2.3(b)(1)(F)(ii)"),
    ("secure_area_of_seaport", "2007-11-01", "§2B2.3(b)(1)(D)"),
    ("national_cemetery", "2007-11-01", "§2B2.3(b)(1)(F)"),
    ("restricted_building_or_grounds", "2013-11-01", "§2B2.3(b)(1)(A)(vii)"),
])
def test_each_location_from_the_amendment_that_listed_it(location, added, section):
    before = (dt.date.fromisoformat(added) - dt.timedelta(days=1)).isoformat()
    assert f"{KEY}.locations" in _refused({"locations": [location]}, before)
    assert _steps({"locations": [location]}, added)[-1] == (section, 6, "+2")


@pytest.mark.parametrize("day,section", [
    ("1987-11-01", "§2B2.3(b)(1)"), ("2002-10-31", "§2B2.3(b)(1)"),
    ("2002-11-01", "§2B2.3(b)(1)(E)"), ("2013-10-31", "§2B2.3(b)(1)(E)"),
    ("2013-11-01", "§2B2.3(b)(1)(A)(v)"), ("2025-11-01", "§2B2.3(b)(1)(A)(v)")])
def test_a_residence_in_every_edition(day, section):
    assert _steps({"locations": ["residence", "nuclear_energy_facility"]}, day)[-1] == (
        section, 6, "+2")


def test_the_white_house_from_2013():
    """A777: (B) +4, "(Apply the greater)" with (A)."""
    where = {"locations": ["residence", "white_house_or_vice_president_residence"]}
    assert f"{KEY}.locations" in _refused(where, "2013-10-31")
    assert _steps(where, "2013-11-01")[-1] == ("§2B2.3(b)(1)(B)", 8, "+4")


def test_the_weapon_in_every_edition():
    for day in ("1987-11-01", "1989-11-01", "2025-11-01"):
        assert _steps({"dangerous_weapon_possessed": True}, day)[-1] == (
            "§2B2.3(b)(2)", 6, "+2")
    table = load_table("trespass")
    assert "a firearm or other dangerous weapon" in table.versions[0]["weapon"]["text"]
    assert "a dangerous weapon (including a firearm)" in table.versions[1]["weapon"]["text"]


# (b)(3) from Nov. 1, 1997 (A551): Amendment 154's §2F1.1 table of 1989 (more than $2,000 +1,
# more than $5,000 +2; App. C Vol. I lines 3119-3138) until Oct. 31, 2001.
@pytest.mark.parametrize("value,level", [
    ("$2,000", 4), ("$2,000.01", 5), ("$5,000", 5), ("$5,000.01", 6)])
def test_computer_loss_1997_to_2001(value, level):
    assert _loss(value, "1997-11-01") == ("§2B2.3(b)(3)", level)
    assert _loss(value, "2001-10-31") == ("§2B2.3(b)(3)", level)


def test_computer_loss_before_1997_is_refused():
    message = _refused({"protected_computer_loss": "$3,000"}, "1997-10-31")
    assert f"{KEY}.protected_computer_loss" in message and "Amendment 551" in message


# A617: (B)(i) over $2,000 up to $5,000 +1; (ii) over $5,000 the §2B1.1 table (more than
# $5,000 add 2, more than $10,000 add 4).
@pytest.mark.parametrize("value,section,level", [
    ("$2,000", "§2B2.3(b)(3)", 4), ("$2,000.01", "§2B2.3(b)(3)(B)(i)", 5),
    ("$5,000", "§2B2.3(b)(3)(B)(i)", 5), ("$5,000.01", "§2B2.3(b)(3)(B)(ii)", 6),
    ("$10,000", "§2B2.3(b)(3)(B)(ii)", 6), ("$10,000.01", "§2B2.3(b)(3)(B)(ii)", 8)])
def test_computer_loss_2001_to_2015(value, section, level):
    assert _loss(value, "2001-11-01") == (section, level)
    assert _loss(value, "2015-10-31") == (section, level)


# From Nov. 1, 2015 (A791; S2016 line 2855): $2,500 and $6,500; §2B1.1's table of 2015 (more
# than $6,500 add 2, more than $15,000 add 4).
@pytest.mark.parametrize("value,section,level", [
    ("$2,500", "§2B2.3(b)(3)", 4), ("$2,500.01", "§2B2.3(b)(3)(B)(i)", 5),
    ("$6,500", "§2B2.3(b)(3)(B)(i)", 5), ("$6,500.01", "§2B2.3(b)(3)(B)(ii)", 6),
    ("$15,000", "§2B2.3(b)(3)(B)(ii)", 6), ("$15,000.01", "§2B2.3(b)(3)(B)(ii)", 8)])
def test_computer_loss_from_2015(value, section, level):
    assert _loss(value, "2015-11-01") == (section, level)
    assert _loss(value, "2025-11-01") == (section, level)


def test_the_cross_reference_from_2002():
    """A637: §2X1.1 in respect to the felony intended, if greater."""
    felony = {"intended_felony": {"guideline": "other", "offense_level": 14}}
    message = _refused(felony, "2002-10-31")
    assert f"{KEY}.intended_felony" in message and "Amendment 637" in message
    assert _steps(felony, "2002-11-01")[-1] == ("§2B2.3(c)(1)", 14, "→ 14")
    lower = {"locations": ["residence"], "dangerous_weapon_possessed": True,
             "intended_felony": {"guideline": "other", "offense_level": 8}}
    assert _steps(lower, "2025-11-01")[-1] == ("§2B2.3(c)(1)", 8, "not applied")


def test_the_versions_and_their_verification():
    table = load_table("trespass")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("1989-11-01", "derived"),
                   ("1997-11-01", "derived"), ("2001-11-01", "derived"),
                   ("2002-11-01", "derived"), ("2003-11-01", "derived"),
                   ("2007-11-01", "derived"), ("2013-11-01", "derived"),
                   ("2015-11-01", "verbatim")]


def test_worked_case_2016(capsys):
    """examples/trespass-2016.toml, worked by hand in its comments from S2016."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2B2.3(a)", 4), ("§2B2.3(b)(1)(A)(iv)", 6),
                                         ("§2B2.3(b)(2)", 8)]
    assert result["total_offense_level"] == 6  # §3E1.1(a) -2
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}


def test_worked_case_1988_era(capsys, tmp_path):
    """The Nov. 1, 1987 Manual (derived): a trespass at a residence with a firearm: 4 + 2 + 2
    = 8."""
    path = case_file(tmp_path, "2B2.3", KEY, 'locations = ["residence"]\n'
                     "dangerous_weapon_possessed = true", "1987")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2B2.3(a)", 4), ("§2B2.3(b)(1)", 6),
                                         ("§2B2.3(b)(2)", 8)]


def test_worked_case_1998_era(capsys, tmp_path):
    """The Nov. 1, 1998 Manual (A551's (b)(3), §2F1.1's table: more than $10,000 +3): a
    protected computer invaded, $12,000 lost: 4 + 3 = 7."""
    path = case_file(tmp_path, "2B2.3", KEY, 'protected_computer_loss = "$12,000"', "1998")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2B2.3(a)", 4), ("§2B2.3(b)(3)", 7)]


def test_worked_case_2005_era(capsys, tmp_path):
    """The Nov. 1, 2004 Manual: a government entity's computer system (A654's (F)(ii)), $35,000
    lost (§2B1.1's table of 2003: more than $30,000 add 6): 4 + 2 + 6 = 12."""
    path = case_file(tmp_path, "2B2.3", KEY, 'locations = ["government_entity_computer"]\n'
                     'protected_computer_loss = "$35,000"', "2004")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2B2.3(a)", 4), ("§2B2.3(b)(1)(F)(ii)", 6),
                                         ("§2B2.3(b)(3)(B)(ii)", 12)]


def test_a_location_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2B2.3", KEY, 'locations = ["national_cemetery"]', "2006")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.locations" in err and "national_cemetery" in err


def test_an_unknown_location_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2B2.3", KEY, 'locations = ["castle"]', "2025")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.locations" in err
