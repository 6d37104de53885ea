"""§2A3.4 (Abusive Sexual Contact or Attempt to Commit Abusive Sexual Contact) in every edition:
each base level and characteristic the day before and the day an amendment changed it (the
Manual in force on the sentencing date), the floor of (b)(1) below, at and above in each
version, computed in-process; a worked case per era through the real command line; the cross
references; the refusals; hypothesis: a finding added never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1623-1649 ((a) 1627-1631, (b)(1) 1635,
          (b)(2) 1637, (b)(3) 1639, (b)(4) 1641, (b)(5) 1643, (c)(1) 1647, (c)(2) 1649),
          comment. (n.4(B)) line 1677
  S2025 = manual_2025/GLM2025_fulltext.txt lines 3521-3571 (the same words)
  A95   = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 1620-1631 (the 1987 guideline, quoted
          whole as deleted: (a) 6, (b)(1) § 2241 +9, (b)(2) § 2242 +4)
  A392  = APPENDIX_C_Vol_I.txt lines 10005-10011 (Nov. 1, 1991: (b)(3) custody +2; Note 3)
  A444  = APPENDIX_C_Vol_I.txt lines 12257-12267 (Nov. 1, 1992: (c)(1) §2A3.1, (c)(2) §2A3.2)
  A592  = APPENDIX_C_Vol_II.txt lines 1518-1527 (Nov. 1, 2000: (b)(4), (b)(5) +2 each)
  A615  = APPENDIX_C_Vol_II.txt lines 5088-5090 (Nov. 1, 2001: (b)(6) chapter 117 +3)
  A664  = APPENDIX_C_Vol_III.txt lines 865-896 (Nov. 1, 2004: (a) "16 ... 12 ... 10" struck
          for 20, 16, 12; (b)(1) "16" each place to "20"; (b)(6) struck)
  A701  = APPENDIX_C_Vol_III.txt line 8077 (Nov. 1, 2007: (b)(1) "20" each place to "22")
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

KEY = "abusive_sexual_contact"
EXAMPLE = ROOT / "examples" / "abusive-sexual-contact-2016.toml"
FORCE = {"conduct_described_in_2241a_or_b": True}
FEAR = {"conduct_described_in_2242": True}


def _case(facts: dict, day: str, more: dict | None = None) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day),
            "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2A3.4", KEY: facts}, **(more or {})}
    return Case.model_validate(data)


def _steps(facts: dict, day: str, more: dict | None = None) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, more))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str, more: dict | None = None) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day, more))
    return str(error.value)


def test_the_1987_guideline():
    """A95: (a) 6; (b)(1) +9 (§ 2241), (b)(2) +4 (§ 2242); no age characteristic."""
    day = "1989-10-31"
    assert _steps({}, day) == [("§2A3.4(a)", 6)]
    assert _steps(FORCE, day) == [("§2A3.4(a)", 6), ("§2A3.4(b)(1)", 15)]
    assert _steps(FEAR, day) == [("§2A3.4(a)", 6), ("§2A3.4(b)(2)", 10)]
    assert f"{KEY}.victim_age" in _refused({"victim_age": "under_twelve"}, day)


@pytest.mark.parametrize("day,levels", [
    ("1989-11-01", (16, 12, 10)), ("2004-10-31", (16, 12, 10)),  # A664 lines 865-871
    ("2004-11-01", (20, 16, 12)), ("2025-11-01", (20, 16, 12))])  # A664; S2016 1627-1631
def test_the_base_levels_by_the_conduct(day, levels):
    assert [_steps(facts, day)[0][1] for facts in (FORCE, FEAR, {})] == list(levels)


# (b)(1): +4, "but if the resulting offense level is less than N, increase to level N": the
# raised level below the floor, at it, above it, for each version's N (16: 1989 (A664 line
# 875 "16" each place); 20: 2004 (A664, A701 line 8077); 22: 2007 (S2016 line 1635)).
@pytest.mark.parametrize("day,facts,level", [
    ("1989-11-01", {}, 16),  # 10 + 4 = 14, below 16
    ("1989-11-01", FEAR, 16),  # 12 + 4 = 16, at 16
    ("1989-11-01", FORCE, 20),  # 16 + 4 = 20, above
    ("2004-11-01", {}, 20),  # 12 + 4 = 16, below 20
    ("2004-11-01", FEAR, 20),  # 16 + 4 = 20, at 20
    ("2004-11-01", FORCE, 24),  # 20 + 4 = 24, above
    ("2007-10-31", FEAR, 20),  # the day before A701: 20 is not below 20
    ("2007-11-01", FEAR, 22),  # 16 + 4 = 20, below 22
    ("2007-11-01", FORCE, 24),  # 20 + 4 = 24, above 22
    ("2025-11-01", {}, 22)])  # 12 + 4 = 16, below 22
def test_under_twelve_and_its_floor(day, facts, level):
    assert _steps({**facts, "victim_age": "under_twelve"}, day)[-1] == ("§2A3.4(b)(1)", level)


@pytest.mark.parametrize("day", ["1989-11-01", "2004-11-01", "2025-11-01"])
def test_twelve_to_sixteen_only_under_a1_or_a2(day):
    """(b)(2) (S2016 line 1637): "If the base offense level is determined under subsection
    (a)(1) or (2)": +2 there, "not applied" under (a)(3)."""
    age = {"victim_age": "twelve_but_not_sixteen"}
    force, fear = _steps({**FORCE, **age}, day), _steps({**FEAR, **age}, day)
    assert force[-1] == ("§2A3.4(b)(2)", force[0][1] + 2)
    assert fear[-1] == ("§2A3.4(b)(2)", fear[0][1] + 2)
    steps = [s for s in calculate(_case(age, day)).steps if s.chapter == "chapter_two"]
    assert [(s.section, s.change) for s in steps] == [
        ("§2A3.4(a)(3)", f"= {steps[0].level}"), ("§2A3.4(b)(2)", "not applied")]
    assert steps[1].level == steps[0].level


def test_amendment_392_custody():
    custody = {"victim_custody": ["custody_care_or_supervisory_control"]}
    assert f"{KEY}.victim_custody" in _refused(custody, "1991-10-31")
    assert _steps(custody, "1991-11-01") == [("§2A3.4(a)(3)", 10), ("§2A3.4(b)(3)", 12)]
    # §2A3.1's other kinds are not §2A3.4's words
    assert "does not cover it" in _refused({"victim_custody": ["held_in_correctional_facility"]},
                                           "2025-11-01")
    # Note 3 (A392): "do not apply §3B1.3"
    role = {"adjustments": {"role": {"abuse_of_trust": True}}}
    assert "adjustments.role.abuse_of_trust" in _refused(custody, "1991-11-01", role)
    assert "(n.4(B))" in _refused(custody, "2025-11-01", role)


def test_amendment_444_cross_references():
    """(c)(1) "apply §2A3.1" (its level replaces this one); (c)(2) §2A3.2 if greater."""
    abuse = {"criminal_sexual_abuse": {}}
    assert f"{KEY}.criminal_sexual_abuse" in _refused(abuse, "1992-10-31")
    # §2A3.1 before Nov. 1, 2004: 27 (tables/criminal_sexual_abuse.toml)
    assert _steps(abuse, "1992-11-01") == [("§2A3.4(a)(3)", 10), ("§2A3.1(a)", 27),
                                           ("§2A3.4(c)(1)", 27)]
    rape = {"statutory_rape_offense_level": 13}
    assert f"{KEY}.statutory_rape_offense_level" in _refused(rape, "1992-10-31")
    assert _steps(rape, "1992-11-01")[-1] == ("§2A3.4(c)(2)", 13)
    steps = calculate(_case({**FEAR, "statutory_rape_offense_level": 12}, "1992-11-01")).steps
    step = next(s for s in steps if s.section == "§2A3.4(c)(2)")
    assert step.change == "not applied" and step.level == 12  # 12 is not greater than 12


# (c)(2) computed: §2A3.2's findings nested under [offense.abusive_sexual_contact.statutory_rape]
# (tables/statutory_rape.toml: from Nov. 1, 2000; S2016 lines 1521-1535 for §2A3.2 of 2004 on:
# (a) 18, (b)(2) +4, (b)(3) +2; A592 (Nov. 1, 2000) (a) 15 otherwise)


def test_c2_computes_2A3_2_from_its_findings_and_shows_its_steps():
    rape = {"statutory_rape": {"undue_influence": True, "minor_enticement": ["computer"]}}
    # 12 ((a)(3)); §2A3.2: 18, +4, +2 = 24, greater than 12: applied
    assert _steps(rape, "2025-11-01") == [("§2A3.4(a)(3)", 12), ("§2A3.2(a)", 18),
                                          ("§2A3.2(b)(2)", 22), ("§2A3.2(b)(3)", 24),
                                          ("§2A3.4(c)(2)", 24)]
    # Nov. 1, 2000 (A592): §2A3.4(a)(3) 10; §2A3.2(a)(2) 15 "otherwise"
    assert _steps({"statutory_rape": {}}, "2000-11-01") == [
        ("§2A3.4(a)(3)", 10), ("§2A3.2(a)(2)", 15), ("§2A3.4(c)(2)", 15)]
    # §2A3.2's own (c)(1) reached through it: §2A3.1 (2025: 30)
    under_twelve = {"statutory_rape": {"victim_age": "under_twelve",
                                       "criminal_sexual_abuse": {}}}
    assert _steps(under_twelve, "2025-11-01")[-3:] == [
        ("§2A3.1(a)(2)", 30), ("§2A3.2(c)(1)", 30), ("§2A3.4(c)(2)", 30)]


def test_c2_computed_only_if_greater():
    # 20 + 2 = 22; §2A3.2 18: "if the resulting offense level is greater" -- it is not
    facts = {**FORCE, "victim_age": "twelve_but_not_sixteen", "statutory_rape": {}}
    steps = calculate(_case(facts, "2025-11-01")).steps
    step = next(s for s in steps if s.section == "§2A3.4(c)(2)")
    assert step.change == "not applied" and step.level == 22
    assert "§2A3.2(a)" not in [s.section for s in steps]  # its steps set aside
    # 18 against 18 (§2A3.4(a)(2) 16 + (b)(2) 2): not greater either
    facts = {**FEAR, "victim_age": "twelve_but_not_sixteen", "statutory_rape": {}}
    assert _steps(facts, "2025-11-01")[-1] == ("§2A3.4(c)(2)", 18)
    step = next(s for s in calculate(_case(facts, "2025-11-01")).steps
                if s.section == "§2A3.4(c)(2)")
    assert step.change == "not applied"


def test_c2_computed_refusals():
    rape = {"statutory_rape": {}}
    # before Amendment 444 there is no (c)(2)
    assert f"{KEY}.statutory_rape" in _refused(rape, "1992-10-31")
    # 1992-2000: (c)(2) exists, but ussg has no §2A3.2 of the edition: the stated level instead
    err = _refused(rape, "1992-11-01")
    assert f"{KEY}.statutory_rape" in err and "statutory_rape_offense_level" in err
    assert f"{KEY}.statutory_rape" in _refused(rape, "2000-10-31")
    # a §2A3.2 finding its edition lacks names its nested field (A664 struck the chapter 117
    # levels)
    err = _refused({"statutory_rape": {"chapter_117_violation": True}}, "2025-11-01")
    assert f"{KEY}.statutory_rape.chapter_117_violation" in err
    # the findings and a stated level: one of them
    with pytest.raises(ValueError, match="not both"):
        _case({"statutory_rape": {}, "statutory_rape_offense_level": 20}, "2025-11-01")


def test_c2_computed_through_the_cli(capsys, tmp_path):
    """A 2001-era case through the real command line: Nov. 1, 2001 §2A3.4(a)(3) 10; §2A3.2
    (A615 as A664 quotes it) (a)(1) 24 for a chapter 117 violation with a sexual act, (b)(4)
    less 6 (none of (b)(1)-(b)(3)): 18, greater than 10."""
    path = case_file(tmp_path, "2A3.4", KEY, "", "2001",
                     f"[offense.{KEY}.statutory_rape]\nchapter_117_violation = true\n"
                     "sexual_act_or_contact = true\n")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2A3.4(a)(3)", 10), ("§2A3.2(a)(1)", 24), ("§2A3.2(b)(4)", 18),
        ("§2A3.4(c)(2)", 18)]
    path = case_file(tmp_path, "2A3.4", KEY, "", "1995",
                     f"[offense.{KEY}.statutory_rape]\n")
    assert f"offense.{KEY}.statutory_rape" in calc_refused(capsys, path)


def test_a_2A3_1_fact_the_edition_lacks_is_refused_where_it_is_nested():
    # §2A3.1(a)(1) (§ 2241(c)) is from Amendment 701, Nov. 1, 2007
    err = _refused({"criminal_sexual_abuse": {"convicted_under_2241c": True}}, "2004-11-01")
    assert f"{KEY}.criminal_sexual_abuse.convicted_under_2241c" in err and "Amendment 701" in err


def test_amendments_592_615_664_the_minor_enticement_paragraphs():
    both = {"minor_enticement": ["misrepresented_identity", "computer"]}
    assert f"{KEY}.minor_enticement" in _refused(both, "2000-10-31")
    assert _steps(both, "2000-11-01") == [("§2A3.4(a)(3)", 10), ("§2A3.4(b)(4)", 12),
                                          ("§2A3.4(b)(5)", 14)]
    chapter_117 = {"chapter_117_violation": True}
    assert "Amendment 615" in _refused(chapter_117, "2001-10-31")
    assert _steps(chapter_117, "2001-11-01") == [("§2A3.4(a)(3)", 10), ("§2A3.4(b)(6)", 13)]
    assert _steps(chapter_117, "2004-10-31")[-1] == ("§2A3.4(b)(6)", 13)
    assert "Amendment 664" in _refused(chapter_117, "2004-11-01")
    assert _steps(both, "2004-11-01")[-1] == ("§2A3.4(b)(5)", 16)


def test_both_means_stated_is_refused():
    with pytest.raises(ValueError, match="other than"):
        _case({**FORCE, **FEAR}, "2016-11-01")


def test_the_versions_and_their_verification():
    table = load_table("abusive_sexual_contact")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "verbatim"), ("1989-11-01", "derived"),
                   ("1991-11-01", "derived"), ("1992-11-01", "derived"),
                   ("2000-11-01", "derived"), ("2001-11-01", "derived"),
                   ("2004-11-01", "derived"), ("2007-11-01", "verbatim")]


def test_worked_case_2016(capsys):
    """examples/abusive-sexual-contact-2016.toml, worked by hand in its comments from S2016."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2A3.4(a)(1)", 20), ("§2A3.4(b)(2)", 22),
                                         ("§2A3.4(b)(3)", 24)]
    assert result["total_offense_level"] == 21  # 24 - 3 (§3E1.1(a) and (b))
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv): level 21, I
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}


def test_worked_case_1987_era(capsys, tmp_path):
    """The Nov. 1, 1987 Manual as amended Jan. 15, 1988 (A95's quotation): contact by
    threat or fear (§ 2242): 6 + 4 = 10."""
    path = case_file(tmp_path, "2A3.4", KEY, "conduct_described_in_2242 = true", "1988-01-15")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2A3.4(a)", 6),
                                                          ("§2A3.4(b)(2)", 10)]


def test_worked_case_1995_era(capsys, tmp_path):
    """The Nov. 1, 1995 Manual (A664's quoted (a); (b)(1) floor 16; A392's (b)(3)): a
    babysitter's contact with a child of nine: 10, +4 and raised to 16, +2 = 18."""
    path = case_file(tmp_path, "2A3.4", KEY, 'victim_age = "under_twelve"\n'
                     'victim_custody = ["custody_care_or_supervisory_control"]', "1995")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2A3.4(a)(3)", 10), ("§2A3.4(b)(1)", 16), ("§2A3.4(b)(3)", 18)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2A3.4", KEY, "chapter_117_violation = true", "2016")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.chapter_117_violation" in err and "Amendment 664" in err


DAYS = ["1989-11-01", "1991-11-01", "1992-11-01", "2000-11-01", "2001-11-01", "2004-11-01",
        "2007-11-01", "2025-11-01"]
FINDINGS = {
    "means": [{}, FEAR, FORCE],  # in order of seriousness: (a)(3), (a)(2), (a)(1)
    "age": [None, "twelve_but_not_sixteen", "under_twelve"],
}


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(DAYS), means=st.integers(0, 1), age=st.integers(0, 2),
       custody=st.booleans(), more=st.sampled_from(["means", "age", "custody"]))
def test_a_graver_finding_never_lowers_the_level(day, means, age, custody, more):
    def level(means: int, age: int, custody: bool) -> int:
        facts = dict(FINDINGS["means"][means])
        if FINDINGS["age"][age]:
            facts["victim_age"] = FINDINGS["age"][age]
        if custody and day >= "1991-11-01":
            facts["victim_custody"] = ["custody_care_or_supervisory_control"]
        result = calculate(_case(facts, day)).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    graver = {"means": (means + 1, age, custody), "age": (means, min(age + 1, 2), custody),
              "custody": (means, age, True)}[more]
    assert level(means, age, custody) <= level(*graver)
