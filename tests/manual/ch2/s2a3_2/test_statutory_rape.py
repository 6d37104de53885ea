"""§2A3.2 (Criminal Sexual Abuse of a Minor Under the Age of Sixteen Years (Statutory Rape) or
Attempt to Commit Such Acts) in every edition ussg enters (from Nov. 1, 2000): each base level
and characteristic the day before and the day an amendment changed it, computed in-process; a
worked case per era through the real command line; the cross reference to §2A3.1; the
refusals; hypothesis: a finding added never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1521-1535 ((a) 1523, (b)(1) 1527, (b)(2)
          1529, (b)(3) 1531, (c)(1) 1535), comment. (n.2(B)) line 1559
  S2025 = manual_2025/GLM2025_fulltext.txt lines 3280-3305 (the same words)
  A592  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 1320-1364 (Nov. 1, 2000: (a)(1) 18
          chapter 117, (a)(2) 15; (b)(1)-(3) +2 each; (b)(4) -3; (c)(1)), 1392 (Note 4)
  A615  = APPENDIX_C_Vol_II.txt lines 5027-5044 (Nov. 1, 2001: (a) 24 / 21 / 18; (b)(4) -6)
  A664  = APPENDIX_C_Vol_III.txt lines 640-672 (Nov. 1, 2004: (a) 18; (b)(1) +4; (b)(2) +4;
          (b)(3) +2; (b)(4) struck)
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

KEY = "statutory_rape"
EXAMPLE = ROOT / "examples" / "statutory-rape-2016.toml"
CUSTODY = {"victim_custody": ["custody_care_or_supervisory_control"]}
C117 = {"chapter_117_violation": True}


def _case(facts: dict, day: str, more: dict | None = None) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day),
            "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2A3.2", KEY: facts}, **(more or {})}
    return Case.model_validate(data)


def _steps(facts: dict, day: str, more: dict | None = None) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, more))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _changes(facts: dict, day: str) -> list[tuple[str, str]]:
    computation = calculate(_case(facts, day))
    return [(s.section, s.change) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str, more: dict | None = None) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day, more))
    return str(error.value)


def test_before_amendment_592_is_refused():
    """The 1987-2000 text is not in the reference (A592 struck it "in its entirety")."""
    err = _refused({}, "2000-10-31")
    assert "its first recorded version is Nov. 1, 2000" in err and "Amendment 592" in err
    assert _steps({}, "2000-11-01") == [("§2A3.2(a)(2)", 15)]


@pytest.mark.parametrize("day,facts,steps", [
    # A592 lines 1326-1329: (a)(1) 18 chapter 117, (a)(2) 15; (b)(4) -3 line 1354
    ("2000-11-01", {}, [("§2A3.2(a)(2)", 15)]),
    ("2000-11-01", C117, [("§2A3.2(a)(1)", 18), ("§2A3.2(b)(4)", 15)]),
    ("2001-10-31", C117, [("§2A3.2(a)(1)", 18), ("§2A3.2(b)(4)", 15)]),
    # A615 lines 5031-5044: 24 / 21 / 18; (b)(4) -6
    ("2001-11-01", {}, [("§2A3.2(a)(3)", 18)]),
    ("2001-11-01", {**C117, "sexual_act_or_contact": True},
     [("§2A3.2(a)(1)", 24), ("§2A3.2(b)(4)", 18)]),
    ("2001-11-01", {**C117, "sexual_act_or_contact": False}, [("§2A3.2(a)(2)", 21)]),
    ("2004-10-31", {**C117, "sexual_act_or_contact": False}, [("§2A3.2(a)(2)", 21)]),
    # A664 line 651; S2016 line 1523; S2025: a single 18
    ("2004-11-01", {}, [("§2A3.2(a)", 18)]),
    ("2025-11-01", {}, [("§2A3.2(a)", 18)]),
])
def test_the_base_levels_and_the_decrease(day, facts, steps):
    assert _steps(facts, day) == steps


@pytest.mark.parametrize("day,custody,influence,computer", [
    ("2000-11-01", 2, 2, 2), ("2004-10-31", 2, 2, 2),  # A592 lines 1330-1353; A615 kept them
    ("2004-11-01", 4, 4, 2), ("2025-11-01", 4, 4, 2)])  # A664 lines 653-672; S2016 1527-1531
def test_the_characteristics_by_edition(day, custody, influence, computer):
    base = _steps({}, day)[0][1]
    assert _steps(CUSTODY, day)[-1] == ("§2A3.2(b)(1)", base + custody)
    assert _steps({"undue_influence": True}, day)[-1] == ("§2A3.2(b)(2)", base + influence)
    assert _steps({"minor_enticement": ["misrepresented_identity"]}, day)[-1] == (
        "§2A3.2(b)(2)", base + influence)
    # both grounds of (b)(2): applied once
    both = {"undue_influence": True, "minor_enticement": ["misrepresented_identity"]}
    assert _steps(both, day)[-1] == ("§2A3.2(b)(2)", base + influence)
    assert _steps({"minor_enticement": ["computer"]}, day)[-1] == ("§2A3.2(b)(3)",
                                                                   base + computer)


@pytest.mark.parametrize("day", ["2000-11-01", "2001-11-01", "2025-11-01"])
def test_influence_not_applied_with_custody(day):
    """(b)(2): "If (A) subsection (b)(1) does not apply" (A592 line 1334; S2016 line 1529)."""
    facts = {**CUSTODY, "undue_influence": True}
    assert ("§2A3.2(b)(2)", "not applied") in _changes(facts, day)


def test_the_decrease_not_applied_when_a_characteristic_applies():
    """(b)(4) (A592 line 1353): "none of subsections (b)(1) through (b)(3) applies"."""
    facts = {**C117, "sexual_act_or_contact": True, "minor_enticement": ["computer"]}
    assert _changes(facts, "2001-11-01") == [
        ("§2A3.2(a)(1)", "= 24"), ("§2A3.2(b)(3)", "+2"), ("§2A3.2(b)(4)", "not applied")]
    assert _steps(facts, "2001-11-01")[-1] == ("§2A3.2(b)(4)", 26)


def test_chapter_117_findings_refused_where_the_edition_lacks_them():
    assert "Amendment 664" in _refused(C117, "2004-11-01")
    assert f"{KEY}.sexual_act_or_contact" in _refused(
        {**C117, "sexual_act_or_contact": True}, "2000-11-01")
    assert f"{KEY}.sexual_act_or_contact" in _refused(C117, "2001-11-01")  # required then
    with pytest.raises(ValueError, match="chapter 117"):
        _case({"sexual_act_or_contact": True}, "2016-11-01")


def test_custody_refuses_section_3b1_3():
    role = {"adjustments": {"role": {"abuse_of_trust": True}}}
    assert "(n.4)" in _refused(CUSTODY, "2000-11-01", role)
    assert "(n.3)" in _refused(CUSTODY, "2001-11-01", role)
    assert "(n.2(B))" in _refused(CUSTODY, "2025-11-01", role)
    assert "does not cover it" in _refused({"victim_custody": ["corrections_employee"]},
                                           "2025-11-01")


def test_the_cross_reference_to_2A3_1():
    """(c)(1): "apply §2A3.1" (its level replaces this one, not "if greater"); a victim under
    twelve: "§2A3.1 shall apply" (A592 line 1362; S2016 line 1535)."""
    # §2A3.1: 27 before Nov. 1, 2004, 30 (a)(2) from Nov. 1, 2007 (criminal_sexual_abuse.toml)
    assert _steps({"criminal_sexual_abuse": {}}, "2000-11-01") == [
        ("§2A3.2(a)(2)", 15), ("§2A3.1(a)", 27), ("§2A3.2(c)(1)", 27)]
    assert _steps({"victim_age": "under_twelve", "criminal_sexual_abuse": {}},
                  "2025-11-01")[-1] == ("§2A3.2(c)(1)", 30)
    err = _refused({"victim_age": "under_twelve"}, "2016-11-01")
    assert f"{KEY}.criminal_sexual_abuse" in err and "shall apply" in err
    # a §2A3.1 fact its edition lacks is refused where it is nested (A701: § 2241(c), 2007)
    err = _refused({"criminal_sexual_abuse": {"convicted_under_2241c": True}}, "2004-11-01")
    assert f"{KEY}.criminal_sexual_abuse.convicted_under_2241c" in err


def test_the_versions_and_their_verification():
    table = load_table("statutory_rape")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("2000-11-01", "verbatim"), ("2001-11-01", "derived"),
                   ("2004-11-01", "verbatim"), ("2025-11-01", "verbatim")]


def test_worked_case_2016(capsys):
    """examples/statutory-rape-2016.toml, worked by hand in its comments from S2016."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2A3.2(a)", 18), ("§2A3.2(b)(2)", 22),
                                         ("§2A3.2(b)(3)", 24)]
    assert result["total_offense_level"] == 21  # 24 - 3 (§3E1.1(a) and (b))
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}


def test_worked_case_2000_era(capsys, tmp_path):
    """The Nov. 1, 2000 Manual (A592): travel across state lines for a sexual act with a minor
    (chapter 117), nothing aggravating: (a)(1) 18, (b)(4) -3 = 15."""
    path = case_file(tmp_path, "2A3.2", KEY, "chapter_117_violation = true", "2000")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2A3.2(a)(1)", 18),
                                                          ("§2A3.2(b)(4)", 15)]


def test_worked_case_2002_era(capsys, tmp_path):
    """The Nov. 1, 2002 Manual (A615): a chapter 117 sting (no sexual act), the defendant
    used a computer to entice the "minor": (a)(2) 21, (b)(3) +2 = 23 (no (b)(4): (a)(1) only)."""
    path = case_file(tmp_path, "2A3.2", KEY, "chapter_117_violation = true\n"
                     "sexual_act_or_contact = false\nminor_enticement = [\"computer\"]", "2002")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2A3.2(a)(2)", 21),
                                                          ("§2A3.2(b)(3)", 23)]


def test_worked_case_2025(capsys, tmp_path):
    """The Nov. 1, 2025 Manual (S2025): a teacher and a student of fifteen: 18, (b)(1) +4 =
    22; (b)(2) not applied with (b)(1)."""
    path = case_file(tmp_path, "2A3.2", KEY, 'victim_custody = '
                     '["custody_care_or_supervisory_control"]\nundue_influence = true', "2025")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2A3.2(a)", 18), ("§2A3.2(b)(1)", 22), ("§2A3.2(b)(2)", 22)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2A3.2", KEY, "chapter_117_violation = true", "2016")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.chapter_117_violation" in err and "Amendment 664" in err


DAYS = ["2000-11-01", "2001-11-01", "2004-11-01", "2025-11-01"]


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(DAYS), custody=st.booleans(), influence=st.booleans(),
       computer=st.booleans(), more=st.sampled_from(["custody", "influence", "computer"]))
def test_a_finding_added_never_lowers_the_level(day, custody, influence, computer, more):
    def level(custody: bool, influence: bool, computer: bool) -> int:
        facts: dict = {"undue_influence": influence}
        if custody:
            facts.update(CUSTODY)
        if computer:
            facts["minor_enticement"] = ["computer"]
        if day < "2004-11-01":
            facts.update(C117)
            if day >= "2001-11-01":
                facts["sexual_act_or_contact"] = True
        result = calculate(_case(facts, day)).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    now = {"custody": custody, "influence": influence, "computer": computer}
    assert level(**now) <= level(**{**now, more: True})
