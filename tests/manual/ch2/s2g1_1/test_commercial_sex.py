"""§2G1.1 (Promoting a Commercial Sex Act or Prohibited Sexual Conduct with an Individual Other
than a Minor) in every edition ussg enters: each base level and characteristic the day before
and the day an amendment changed it, computed in-process; the minor's provisions of 2000-2004;
the cross references through the registry; the special instruction; the refused dates; a
worked case per era through the real command line; hypothesis: a finding added never lowers
the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6261-6279 ((a) 6263-6267, (b)(1) 6271,
          (c)(1) 6275, (d)(1) 6279)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 11112-11138 ((b)(1) 11123-11125)
  A157  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3213-3215; A158 lines 3223-3228
  A538  = APPENDIX_C_Vol_I.txt lines 18353-18362 (the 1990-1996 text quoted whole)
  A592  = APPENDIX_C_Vol_II.txt lines 1574-1643 (Nov. 1, 2000: (a)(1) 19 minor, (a)(2) 14;
          (b)(1)-(5); (c)(1)-(3); (d)(1))
  A641  = APPENDIX_C_Vol_II.txt lines 10887-10903 (Nov. 1, 2002: "fraud," in (b)(1))
  A664  = APPENDIX_C_Vol_III.txt lines 993-1066 (the 2002 text quoted), 1220-1237 (Nov. 1,
          2004: 14; (b)(1) fraud or coercion; (c)(1) §2A3.1; (d)(1))
  A701  = APPENDIX_C_Vol_III.txt lines 8179-8183 (Nov. 1, 2007: (a)(1) 34 for § 1591(b)(1))
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

KEY = "commercial_sex"
EXAMPLE = ROOT / "examples" / "commercial-sex-2025.toml"
COERCION = {"force_fraud_or_coercion": ["coercion"]}


def _case(facts: dict, day: str) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day),
            "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2G1.1", KEY: facts}}
    return Case.model_validate(data)


def _steps(facts: dict, day: str) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _changes(facts: dict, day: str) -> list[tuple[str, str]]:
    computation = calculate(_case(facts, day))
    return [(s.section, s.change) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day))
    return str(error.value)


@pytest.mark.parametrize("day", ["1996-11-01", "2000-10-31", "2023-11-01", "2025-10-31"])
def test_the_dates_whose_text_was_not_read_are_refused(day):
    """Amendment 538's replacement (1996) and Amendment 815's text (2023) are not read."""
    assert "not entered yet" in _refused({}, day)


@pytest.mark.parametrize("day,steps", [
    ("1987-11-01", [("§2G1.1(a)", 14), ("§2G1.1(b)(1)", 18)]),  # A538 line 18355; A157
    ("1996-10-31", [("§2G1.1(a)", 14), ("§2G1.1(b)(1)", 18)]),  # A538 lines 18355-18358
    ("2000-11-01", [("§2G1.1(a)(2)", 14), ("§2G1.1(b)(1)", 18)]),  # A592 lines 1579-1584
    ("2004-11-01", [("§2G1.1(a)", 14), ("§2G1.1(b)(1)", 18)]),  # A664 lines 1222-1225
    ("2007-11-01", [("§2G1.1(a)(2)", 14), ("§2G1.1(b)(1)", 18)]),  # S2016 lines 6267, 6271
    ("2023-10-31", [("§2G1.1(a)(2)", 14), ("§2G1.1(b)(1)", 18)]),
    ("2025-11-01", [("§2G1.1(a)(2)", 14), ("§2G1.1(b)(1)", 18)])])  # S2025 11119, 11123
def test_the_base_level_and_coercion_by_edition(day, steps):
    assert _steps(COERCION, day) == steps


def test_the_kinds_of_b1_by_edition():
    """(b)(1): "physical force, or coercion" to Nov. 1, 2002; "physical force, fraud, or
    coercion" (A641) to Nov. 1, 2004; "fraud or coercion" from A664."""
    fraud, force = {"force_fraud_or_coercion": ["fraud"]}, {"force_fraud_or_coercion":
                                                            ["physical_force"]}
    assert "does not cover it" in _refused(fraud, "2002-10-31")
    assert _steps(fraud, "2002-11-01")[-1] == ("§2G1.1(b)(1)", 18)
    assert _steps(force, "2004-10-31")[-1] == ("§2G1.1(b)(1)", 18)
    assert "does not cover it" in _refused(force, "2004-11-01")


def test_amendment_701_section_1591b1():
    """(a)(1) 34 for a § 1591(b)(1) conviction; (b)(1) then "not applied" (A701 lines
    8179-8183); refused the day before."""
    facts = {**COERCION, "convicted_under": "1591(b)(1)"}
    assert "Amendment 701" in _refused(facts, "2007-10-31")
    assert _changes(facts, "2007-11-01") == [("§2G1.1(a)(1)", "= 34"),
                                             ("§2G1.1(b)(1)", "not applied")]


def test_the_2025_section_2421Ab2_conviction():
    facts = {"convicted_under": "2421A(b)(2)"}
    assert "2421A(b)(2)" in _refused(facts, "2023-10-31")
    assert _steps(facts, "2025-11-01") == [("§2G1.1(a)(2)", 14), ("§2G1.1(b)(1)", 18)]


def test_the_minor_provisions_of_2000_to_2004():
    """A592 lines 1578-1611: (a)(1) 19; (b)(2) +4/+2; (b)(3) +2 only with (b)(2); (b)(4) +2
    only without (b)(3); (b)(5) +2."""
    day = "2001-11-01"
    full = {"minor": True, "victim_age": "twelve_but_not_sixteen", "custodian": True,
            "misrepresentation_or_influence": ["undue_influence"],
            "computer_use": ["persuade_minor"], **COERCION}
    assert _changes(full, day) == [
        ("§2G1.1(a)(1)", "= 19"), ("§2G1.1(b)(1)", "+4"), ("§2G1.1(b)(2)(B)", "+2"),
        ("§2G1.1(b)(3)", "+2"), ("§2G1.1(b)(4)", "not applied"), ("§2G1.1(b)(5)", "+2")]
    assert _steps({"minor": True, "victim_age": "under_twelve"}, "2004-10-31") == [
        ("§2G1.1(a)(1)", 19), ("§2G1.1(b)(2)(A)", 23)]
    assert _changes({"minor": True, "custodian": True,
                     "misrepresentation_or_influence": ["misrepresented_identity"]}, day) == [
        ("§2G1.1(a)(1)", "= 19"), ("§2G1.1(b)(3)", "not applied"), ("§2G1.1(b)(4)", "+2")]
    # (b)(1)(A) "the offense involved prostitution"
    assert ("§2G1.1(b)(1)", "not applied") in _changes(
        {**COERCION, "prohibited_sexual_conduct_only": True}, day)
    for day in ("1995-11-01", "2004-11-01"):
        assert f"{KEY}.minor" in _refused({"minor": True}, day)
    with pytest.raises(ValueError, match="minor = true"):
        _case({"victim_age": "under_twelve"}, day)


def test_the_cross_references():
    """Each "apply"s the other guideline, its level replacing this one."""
    # 2000-2004: (c)(1) §2G2.1 (27 then), (c)(2) §2A3.1 (27), (c)(3) §2A3.2 or §2A3.4
    day = "2001-11-01"
    assert _steps({"minor": True, "production": {}}, day)[-1] == ("§2G1.1(c)(1)", 27)
    assert _steps({"sexual_abuse": {}}, day)[-1] == ("§2G1.1(c)(2)", 27)
    minor_abuse = {"minor": True, "prohibited_sexual_conduct_only": True}
    assert _steps({**minor_abuse, "statutory_rape": {}}, day) == [
        ("§2G1.1(a)(1)", 19), ("§2A3.2(a)(3)", 18), ("§2G1.1(c)(3)", 18)]
    assert _steps({**minor_abuse, "abusive_sexual_contact": {}}, day)[-1] == (
        "§2G1.1(c)(3)", 10)
    assert "prohibited_sexual_conduct_only" in _refused(
        {"minor": True, "statutory_rape": {}}, day)
    # from 2004: (c)(1) §2A3.1 (30 from Nov. 1, 2004)
    assert _steps({"sexual_abuse": {}}, "2004-11-01") == [
        ("§2G1.1(a)", 14), ("§2A3.1(a)", 30), ("§2G1.1(c)(1)", 30)]
    assert f"{KEY}.sexual_abuse" in _refused({"sexual_abuse": {}}, "1996-10-31")
    assert f"{KEY}.production" in _refused({"production": {}}, "2016-11-01")
    with pytest.raises(ValueError, match="the one the court applies"):
        _case({"production": {}, "sexual_abuse": {}}, day)


def test_the_special_instruction():
    """(c)(1) from A158 (1989), (d)(1) from A592: one count per victim, shown and warned."""
    facts = {"more_than_one_victim": True}
    assert "Amendment 158" in _refused(facts, "1989-10-31")
    assert _changes(facts, "1989-11-01")[-1] == ("§2G1.1(c)(1)", "each victim a count")
    computation = calculate(_case(facts, "2025-11-01"))
    assert any("more than one victim" in w for w in computation.warnings)


def test_the_versions_and_their_verification():
    table = load_table("commercial_sex")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("1989-11-01", "derived"),
                   ("1990-11-01", "verbatim"), ("2000-11-01", "verbatim"),
                   ("2002-11-01", "verbatim"), ("2004-11-01", "verbatim"),
                   ("2007-11-01", "verbatim"), ("2025-11-01", "verbatim")]


def test_worked_case_2025(capsys):
    """examples/commercial-sex-2025.toml, worked by hand in its comments from S2025."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2G1.1(a)(2)", 14), ("§2G1.1(b)(1)", 18)]
    assert result["total_offense_level"] == 15  # 18 - 3 (§3E1.1(a) and (b))
    assert result["range"] == {"min_months": 18, "max_months": 24, "life": False}


def test_worked_case_1990_era(capsys, tmp_path):
    """The Nov. 1, 1991 Manual (A538's quotation): transportation by physical force: 14 + 4."""
    path = case_file(tmp_path, "2G1.1", KEY, 'force_fraud_or_coercion = ["physical_force"]',
                     "1991")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2G1.1(a)", 14),
                                                          ("§2G1.1(b)(1)", 18)]


def test_worked_case_2002_era(capsys, tmp_path):
    """The Nov. 1, 2002 Manual (A664's quotation): a minor of fifteen enticed through a
    computer to engage in a commercial sex act: 19, (b)(2)(B) +2, (b)(5) +2 = 23."""
    path = case_file(tmp_path, "2G1.1", KEY, 'minor = true\nvictim_age = '
                     '"twelve_but_not_sixteen"\ncomputer_use = ["persuade_minor"]', "2002")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2G1.1(a)(1)", 19), ("§2G1.1(b)(2)(B)", 21), ("§2G1.1(b)(5)", 23)]


def test_worked_case_2016(capsys, tmp_path):
    """The Nov. 1, 2016 Manual (S2016): sex trafficking of an adult by force, fraud, or
    coercion (§ 1591(b)(1)): 34; (b)(1) not applied."""
    path = case_file(tmp_path, "2G1.1", KEY, 'convicted_under = "1591(b)(1)"\n'
                     'force_fraud_or_coercion = ["fraud"]', "2016")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2G1.1(a)(1)", 34),
                                                          ("§2G1.1(b)(1)", 34)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2G1.1", KEY, "minor = true", "2016")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.minor" in err and "2G1.3" in err


DAYS = ["1990-11-01", "2000-11-01", "2002-11-01", "2004-11-01", "2007-11-01", "2025-11-01"]


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(DAYS), coerced=st.booleans(), statute=st.booleans(),
       more=st.sampled_from(["coerced", "statute"]))
def test_a_finding_added_never_lowers_the_level(day, coerced, statute, more):
    def level(coerced: bool, statute: bool) -> int:
        facts: dict = {"force_fraud_or_coercion": ["coercion"] if coerced else []}
        if statute and day >= "2007-11-01":
            facts["convicted_under"] = "1591(b)(1)"
        result = calculate(_case(facts, day)).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    now = {"coerced": coerced, "statute": statute}
    assert level(**now) <= level(**{**now, more: True})


@pytest.mark.parametrize("day", ["1990-11-01", "2004-11-01", "2025-11-01"])
def test_prohibited_sexual_conduct_only_outside_2000_to_2004_is_refused(day):
    err = _refused({"prohibited_sexual_conduct_only": True}, day)
    assert f"{KEY}.prohibited_sexual_conduct_only" in err and "2000" in err
