"""§2A2.4 (Obstructing or Impeding Officers) in every edition from Oct. 15, 1988: each level
and characteristic the day before and the day an amendment changed them, computed in-process;
the cross reference to §2A2.2 and the note on §3A1.2; a worked case per era through the real
command line; the refusals; hypothesis: a finding added never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1397-1409 ((a) 1399, (b)(1) 1403, (b)(2)
          1405, (c)(1) 1409), comment. (n.2) line 1419, historical note 1423
  S2025 = manual_2025/GLM2025_fulltext.txt lines 2999-3020 (the same words), (n.2) 3033-3036
  A64   = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 1019-1031 (Oct. 15, 1988: §2A2.4 added)
  A89   = APPENDIX_C_Vol_I.txt lines 1548-1556 (Nov. 1, 1989: "Do not apply §3A1.2" ->
          "... unless subsection (c) requires ... §2A2.2")
  A90   = APPENDIX_C_Vol_I.txt lines 1558-1562 (Nov. 1, 1989: (b)(1) "striking, beating, or
          wounding" -> "physical contact, or if a dangerous weapon ...")
  A443  = APPENDIX_C_Vol_I.txt lines 12205-12206 (Nov. 1, 1992: (c)(1) no longer requires a
          conviction under 18 U.S.C. § 111)
  A663  = APPENDIX_C_Vol_III.txt lines 251-255 (Nov. 1, 2004: (a) 6 -> 10, (b)(2) +2)
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

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "obstructing_officers"
EXAMPLE = ROOT / "examples" / "obstructing-officers-2025.toml"


def _case(facts: dict, day: str, adjustments: dict | None = None) -> Case:
    # category VI: the 1987 Sentencing Table's cells of 0-1 ... 0-6 months at the low levels
    # of category I are refused as unknown (Amendment 270), and the range is not under test
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2A2.4", KEY: facts}}
    if adjustments:
        data["adjustments"] = adjustments
    return Case.model_validate(data)


def _steps(facts: dict, day: str, adjustments: dict | None = None) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, adjustments))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str, adjustments: dict | None = None) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day, adjustments))
    return str(error.value)


def test_refused_before_amendment_64():
    """A64: effective Oct. 15, 1988; the Manual in force the day before (as amended June 15,
    1988) has no §2A2.4."""
    message = _refused({}, "1988-10-14")
    assert "§2A2.4 is not in the Guidelines Manual" in message and "Amendment 64" in message
    assert _steps({}, "1988-10-15") == [("§2A2.4(a)", 6)]


# (a): 6 until A663 (its text struck "6" and inserted "10"), S2016 line 1399, S2025 line 3001.
@pytest.mark.parametrize("day,level", [
    ("1988-10-15", 6), ("1989-11-01", 6), ("1992-11-01", 6), ("2004-10-31", 6),
    ("2004-11-01", 10), ("2023-11-01", 10), ("2025-11-01", 10)])
def test_base_level_in_every_edition(day, level):
    assert _steps({}, day) == [("§2A2.4(a)", level)]


# (b)(1) +3: A90's words from Nov. 1, 1989 (before: "striking, beating, or wounding");
# once for both (A) and (B) (S2016 line 1403).
@pytest.mark.parametrize("day,base", [("1989-11-01", 6), ("2004-11-01", 10), ("2025-11-01", 10)])
def test_contact_or_weapon_plus_3_once(day, base):
    for facts in ({"physical_contact": True},
                  {"dangerous_weapon_possessed_and_threatened": True},
                  {"physical_contact": True, "dangerous_weapon_possessed_and_threatened": True}):
        assert _steps(facts, day) == [("§2A2.4(a)", base), ("§2A2.4(b)(1)", base + 3)]


def test_amendment_90_edges():
    """The day before A90 only "striking, beating, or wounding" is read; the day it took
    effect only the new words."""
    assert _steps({"struck_beat_or_wounded": True}, "1989-10-31") == [
        ("§2A2.4(a)", 6), ("§2A2.4(b)(1)", 9)]
    assert f"{KEY}.physical_contact" in _refused({"physical_contact": True}, "1989-10-31")
    assert "Amendment 90" in _refused({"dangerous_weapon_possessed_and_threatened": True},
                                      "1989-10-31")
    assert f"{KEY}.struck_beat_or_wounded" in _refused({"struck_beat_or_wounded": True},
                                                      "1989-11-01")


def test_amendment_663_bodily_injury():
    """A663: (b)(2) +2 from Nov. 1, 2004 (S2016 line 1405); refused the day before."""
    message = _refused({"bodily_injury": True}, "2004-10-31")
    assert f"{KEY}.bodily_injury" in message and "Amendment 663" in message
    assert _steps({"bodily_injury": True}, "2004-11-01") == [
        ("§2A2.4(a)", 10), ("§2A2.4(b)(2)", 12)]
    assert _steps({"physical_contact": True, "bodily_injury": True}, "2025-11-01") == [
        ("§2A2.4(a)", 10), ("§2A2.4(b)(1)", 13), ("§2A2.4(b)(2)", 15)]


AGGRAVATED = {"weapon": "dangerous_weapon_otherwise_used"}


def test_cross_reference_needs_a_111_conviction_before_amendment_443():
    """Before A443 (c)(1) reads "If the defendant is convicted under 18 U.S.C. § 111 and the
    conduct constituted aggravated assault": without the conviction it is not applied; with
    it §2A2.2 (15 before Nov. 1, 2004, +4 for a weapon otherwise used) applies."""
    facts = {"physical_contact": True, "aggravated_assault": AGGRAVATED}
    computation = calculate(_case(facts, "1992-10-31"))
    step = next(s for s in computation.steps if s.section == "§2A2.4(c)(1)")
    assert step.change == "not applied" and step.level == 9
    facts["convicted_under_111"] = True
    assert _steps(facts, "1992-10-31")[-1] == ("§2A2.4(c)(1)", 19)
    # A443: no conviction named from Nov. 1, 1992; the key is refused
    assert f"{KEY}.convicted_under_111" in _refused(facts, "1992-11-01")
    del facts["convicted_under_111"]
    assert _steps(facts, "1992-11-01")[-1] == ("§2A2.4(c)(1)", 19)


def test_cross_reference_2025_shows_the_2a2_2_steps():
    facts = {"physical_contact": True, "bodily_injury": True,
             "aggravated_assault": {**AGGRAVATED, "bodily_injury": "serious_bodily_injury"}}
    steps = _steps(facts, "2025-11-01")
    assert steps[:3] == [("§2A2.4(a)", 10), ("§2A2.4(b)(1)", 13), ("§2A2.4(b)(2)", 15)]
    # §2A2.2: 14, (b)(2)(B) +4, (b)(3)(B) serious bodily injury +5
    assert steps[3:] == [("§2A2.2(a)", 14), ("§2A2.2(b)(2)(B)", 18), ("§2A2.2(b)(3)(B)", 23),
                         ("§2A2.4(c)(1)", 23)]


VICTIM = {"victim": {"official_victim": "status_person_offense"}}


def test_the_official_victim_note():
    """§3A1.2 is refused where §2A2.4's own level stands (A89; S2016 line 1419); where (c)
    applies §2A2.2 it is not barred (from Nov. 1, 1989); in the 1988 text (A89 quotes
    "Do not apply §3A1.2 (Official Victim).") it is always refused."""
    assert "adjustments.victim.official_victim" in _refused({"physical_contact": True},
                                                           "2025-11-01", VICTIM)
    facts = {"aggravated_assault": AGGRAVATED}
    computation = calculate(_case(facts, "2025-11-01", VICTIM))
    assert ("§2A2.4, comment. (n.2)", 18) in [(s.section, s.level) for s in computation.steps]
    assert computation.result.total_offense_level == 24  # §3A1.2(b): +6, Part A guideline
    old = {"aggravated_assault": AGGRAVATED, "convicted_under_111": True}
    assert "Do not apply §3A1.2 (Official Victim)." in _refused(old, "1989-10-31", VICTIM)
    assert ("§2A2.4, comment. (n.1)", 19) in _steps(old, "1989-11-01", VICTIM)


def test_the_versions_and_their_verification():
    table = load_table("obstructing_officers")
    got = [(str(v.effective), v.verification, v.get("exists", True)) for v in table.versions]
    assert got == [("1987-11-01", "verbatim", False), ("1988-10-15", "derived", True),
                   ("1989-11-01", "derived", True), ("1992-11-01", "derived", True),
                   ("2004-11-01", "verbatim", True), ("2023-11-01", "derived", True),
                   ("2025-11-01", "verbatim", True)]


def test_worked_case_2025(capsys):
    """examples/obstructing-officers-2025.toml, worked by hand in its comments from S2025."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2A2.4(a)", 10), ("§2A2.4(b)(1)", 13),
                                         ("§2A2.4(b)(2)", 15)]
    assert result["total_offense_level"] == 13  # §3E1.1(a) -2
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv): level 13, I
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


def test_worked_case_1988_era(capsys, tmp_path):
    """The Manual as amended Oct. 15, 1988 (A64, derived): striking an officer, convicted
    under § 111, no aggravated assault: 6 + 3 = 9."""
    path = case_file(tmp_path, "2A2.4", KEY, "struck_beat_or_wounded = true\n"
                     "convicted_under_111 = true", "1988-10-15")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2A2.4(a)", 6), ("§2A2.4(b)(1)", 9)]


def test_worked_case_1995_era(capsys, tmp_path):
    """The Nov. 1, 1994 Manual (A443): a knife brandished at an officer, aggravated assault:
    §2A2.2 (15, +3 for a dangerous weapon brandished or its use threatened) replaces 9."""
    path = case_file(tmp_path, "2A2.4", KEY, "dangerous_weapon_possessed_and_threatened = true",
                     "1994", f'[offense.{KEY}.aggravated_assault]\n'
                     'weapon = "dangerous_weapon_brandished_or_threatened"\n')
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2A2.4(a)", 6), ("§2A2.4(b)(1)", 9),
                                         ("§2A2.2(a)", 15), ("§2A2.2(b)(2)(C)", 18),
                                         ("§2A2.4(c)(1)", 18)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2A2.4", KEY, "bodily_injury = true", "2003")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.bodily_injury" in err and "Amendment 663" in err


DAYS = ["1988-10-15", "1989-11-01", "1992-11-01", "2004-11-01", "2023-11-01", "2025-11-01"]
RAISING = ["struck_beat_or_wounded", "physical_contact",
           "dangerous_weapon_possessed_and_threatened", "bodily_injury"]


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(DAYS), found=st.sets(st.sampled_from(RAISING)),
       added=st.sampled_from(RAISING))
def test_a_characteristic_found_never_lowers_the_level(day, found, added):
    def level(names: set[str]) -> int:
        try:
            result = calculate(_case({name: True for name in names}, day)).result
        except CaseError:
            return -1  # a characteristic the edition lacks: refused, never computed
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    before, after = level(found), level(found | {added})
    if before != -1 and after != -1:
        assert before <= after
