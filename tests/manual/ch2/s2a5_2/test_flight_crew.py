"""§2A5.2 (Interference with Flight Crew Member or Flight Attendant; ...) in every edition:
(a)'s greatest of 30, 18, the assault guideline's level and 9; (b)(1) and (c) from Nov. 1, 2002;
each the day before and the day an amendment changed it, computed in-process; a worked case
per era through the real command line; the refusals; hypothesis: a finding added never lowers
the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1869-1889 ((a)(1) 1873, (a)(2) 1875, (a)(3)
          1877, (a)(4) 1879, (b)(1) 1883, (c)(1) 1887, (c)(2) 1889)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 4000-4044 (the same words), note 4072-4076
  A480  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 13917-13920 (Nov. 1, 1993: "defendant
          intentionally endangered" -> "offense involved intentionally endangering")
  A637  = APPENDIX_C_Vol_II.txt lines 9602-9625 (Nov. 1, 2002: airports and mass
          transportation, or a ferry; (b)(1) +5/+4/+3, at least 24; (c)(1), (c)(2))
  A699  = APPENDIX_C_Vol_III.txt lines 7614-7617 (Nov. 1, 2007: ", or a ferry" struck)
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "flight_crew"


def _case(facts: dict, day: str, more: dict | None = None) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2A5.2", KEY: facts, **(more or {})}}
    return Case.model_validate(data)


def _steps(facts: dict, day: str, more: dict | None = None) -> list[tuple[str, int, str]]:
    computation = calculate(_case(facts, day, more))
    return [(s.section, s.level, s.change) for s in computation.steps
            if s.chapter == "chapter_two"]


def _level(facts: dict, day: str, more: dict | None = None) -> int:
    return calculate(_case(facts, day, more)).result.total_offense_level


def _refused(facts: dict, day: str, more: dict | None = None) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day, more))
    return str(error.value)


def _safety(day: str) -> str:
    return "aircraft_and_passengers" if day < "2002-11-01" else "airport_or_aircraft"


# (a)(1) 30, (a)(2) 18, (a)(4) 9 in every edition (S2016 lines 1873-1879; A480 and A637 change
# the words, not the levels).
@pytest.mark.parametrize("day", ["1987-11-01", "1993-10-31", "1993-11-01", "2002-10-31",
                                 "2002-11-01", "2007-11-01", "2023-11-01", "2025-11-01"])
def test_base_levels_in_every_edition(day):
    assert _steps({}, day) == [("§2A5.2(a)(4)", 9, "= 9")]
    for how, paragraph, level in (("intentionally", "(a)(1)", 30), ("recklessly", "(a)(2)", 18)):
        steps = _steps({"endangered": how, "endangered_safety_of": _safety(day)}, day)
        assert steps == [(f"§2A5.2{paragraph}", level, f"= {level}"),
                         ("§2A5.2(a)(4)", level, "set aside")]


def test_what_was_endangered_by_edition():
    """Before A637 only "the aircraft and passengers"; A637 airports, mass transportation and
    ferries; A699 struck the ferry."""
    def facts(what: str) -> dict:
        return {"endangered": "recklessly", "endangered_safety_of": what}
    assert "endangered_safety_of" in _refused(facts("airport_or_aircraft"), "2002-10-31")
    assert "endangered_safety_of" in _refused(facts("aircraft_and_passengers"), "2002-11-01")
    assert _level(facts("mass_transportation_facility_or_vehicle"), "2002-11-01") == 18
    assert _level(facts("ferry"), "2007-10-31") == 18
    assert "Amendment 699" in _refused(facts("ferry"), "2007-11-01")


def test_endangered_needs_what():
    with pytest.raises(ValueError, match="endangered_safety_of"):
        _case({"endangered": "recklessly"}, "2016-11-01")


AGGRAVATED = {"aggravated_assault": {"weapon": "dangerous_weapon_otherwise_used"}}


def test_assault_guideline_greatest_and_set_aside():
    """(a)(3): §2A2.2 with a weapon otherwise used, 14 + 4 = 18 (15 + 4 = 19 before Nov. 1,
    2004): greater than 9, adopted with its steps; tied with (a)(2) 18, (a)(2) applies (the
    first of the greatest)."""
    steps = _steps({"assault_guideline": "2A2.2"}, "2025-11-01", AGGRAVATED)
    assert steps == [("§2A2.2(a)", 14, "= 14"), ("§2A2.2(b)(2)(B)", 18, "+4"),
                     ("§2A5.2(a)(3)", 18, "= 18"), ("§2A5.2(a)(4)", 18, "set aside")]
    assert _steps({"assault_guideline": "2A2.2"}, "1987-11-01", AGGRAVATED)[2] == (
        "§2A5.2(a)(3)", 19, "= 19")
    tied = _steps({"assault_guideline": "2A2.2", "endangered": "recklessly",
                   "endangered_safety_of": "airport_or_aircraft"}, "2025-11-01", AGGRAVATED)
    assert tied[0] == ("§2A5.2(a)(2)", 18, "= 18")
    assert ("§2A5.2(a)(3)", 18, "set aside") in tied


def test_2a2_4_before_it_existed_is_refused():
    """(a)(3) names §§2A2.1-2A2.4; §2A2.4 came with Amendment 64 (Oct. 15, 1988)."""
    more = {"obstructing_officers": {"struck_beat_or_wounded": True}}
    message = _refused({"assault_guideline": "2A2.4"}, "1988-10-14", more)
    assert f"{KEY}.assault_guideline" in message and "Amendment 64" in message
    # 6 + 3 = 9, tied with (a)(4): (a)(3) comes first
    assert _steps({"assault_guideline": "2A2.4"}, "1988-10-15", more)[-2:] == [
        ("§2A5.2(a)(3)", 9, "= 9"), ("§2A5.2(a)(4)", 9, "set aside")]
    more = {"obstructing_officers": {"physical_contact": True}}
    assert _level({"assault_guideline": "2A2.4"}, "2025-11-01", more) == 13


# (b)(1) (A637; S2016 line 1883): +5/+4/+3 only with (a)(1) or (a)(2); at least 24.
@pytest.mark.parametrize("weapon,reckless,intentional", [
    ("firearm_discharged", 24, 35), ("dangerous_weapon_otherwise_used", 24, 34),
    ("dangerous_weapon_brandished_or_threatened", 24, 33)])
def test_weapon_and_the_floor_of_24(weapon, reckless, intentional):
    for how, level in (("recklessly", reckless), ("intentionally", intentional)):
        facts = {"endangered": how, "endangered_safety_of": "airport_or_aircraft",
                 "weapon": weapon}
        assert _level(facts, "2002-11-01") == level
        assert _level(facts, "2025-11-01") == level
    assert f"{KEY}.weapon" in _refused({"weapon": weapon}, "2002-10-31")
    steps = _steps({"weapon": weapon}, "2025-11-01")
    assert steps[-1] == ("§2A5.2(b)(1)", 9, "not applied")


def test_cross_references_if_greater():
    """(c)(1) and (c)(2) (A637; S2016 lines 1887, 1889): applied if greater; refused before."""
    facts = {"endangered": "intentionally", "endangered_safety_of": "airport_or_aircraft"}
    for name, paragraph in (("homicide_offense_level", "(c)(1)"),
                            ("wmd_offense_level", "(c)(2)")):
        assert f"{KEY}.{name}" in _refused({name: 31}, "2002-10-31")
        assert _steps({**facts, name: 31}, "2002-11-01")[-1] == (f"§2A5.2{paragraph}", 31, "→ 31")
        assert _steps({**facts, name: 30}, "2002-11-01")[-1] == (
            f"§2A5.2{paragraph}", 30, "not applied")


def test_the_versions_and_their_verification():
    table = load_table("flight_crew_interference")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("1993-11-01", "derived"),
                   ("2002-11-01", "derived"), ("2007-11-01", "verbatim"),
                   ("2023-11-01", "verbatim")]


def test_worked_case_2025(capsys, tmp_path):
    """The Nov. 1, 2025 Manual (S2025): a passenger recklessly endangered the aircraft and
    brandished a knife: 18 + 3 = 21, raised to 24."""
    path = case_file(tmp_path, "2A5.2", KEY, 'endangered = "recklessly"\n'
                     'endangered_safety_of = "airport_or_aircraft"\n'
                     'weapon = "dangerous_weapon_brandished_or_threatened"', "2025")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2A5.2(a)(2)", 18), ("§2A5.2(a)(4)", 18),
                                         ("§2A5.2(b)(1)(B)(iii)", 21), ("§2A5.2(b)(1)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}


def test_worked_case_1990_era(capsys, tmp_path):
    """The Nov. 1, 1989 Manual (derived 1987 words): a passenger struck a flight attendant
    (§2A2.3 of 1989: 6 with physical contact), not endangering the aircraft: (a)(4) 9 is the
    greatest."""
    path = case_file(tmp_path, "2A5.2", KEY, 'assault_guideline = "2A2.3"', "1989",
                     "[offense.assault]\nphysical_contact = true\n")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2A5.2(a)(4)", 9), ("§2A5.2(a)(3)", 9)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2A5.2", KEY, "homicide_offense_level = 38", "2001")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.homicide_offense_level" in err and "Amendment 637" in err


DAYS = ["1987-11-01", "1993-11-01", "2002-11-01", "2007-11-01", "2025-11-01"]


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(DAYS), how=st.sampled_from([None, "recklessly", "intentionally"]),
       weapon=st.sampled_from([None, "firearm_discharged", "dangerous_weapon_otherwise_used",
                               "dangerous_weapon_brandished_or_threatened"]),
       assault=st.booleans())
def test_a_finding_added_never_lowers_the_level(day, how, weapon, assault):
    """From the table's own rows: 9 < 18 < 30; adding the endangerment, the weapon or an
    assault never lowers the level."""
    def level(facts: dict) -> int:
        more = AGGRAVATED if "assault_guideline" in facts else None
        try:
            result = calculate(_case(facts, day, more)).result
        except CaseError:
            return -1  # a finding the edition lacks: refused
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    base: dict = {}
    full: dict = {}
    if how:
        full.update(endangered=how, endangered_safety_of=_safety(day))
    if weapon:
        full["weapon"] = weapon
    if assault:
        full["assault_guideline"] = "2A2.2"
    before, after = level(base), level(full)
    if after != -1:
        assert before <= after
