"""§2A3.5 (Failure to Register as a Sex Offender) in every version of
tables/failure_to_register.toml: refused the day before Nov. 1, 2007 and computed from that day;
each base level by the tier, each (b)(1) alternative and each (b)(2) ground, in each version and
on both sides of Nov. 1, 2018 (the Manual in force on the sentencing date); (b)(2) not applied
with (b)(1); the refusals of bad input; a worked case per era through the real command line.

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 1689-1711 ((a)(1) 16 Tier III line 1693,
          (a)(2) 14 Tier II 1695, (a)(3) 12 Tier I 1697; (b)(1)(A) +6 1705, (B) +6 1707, (C) +8
          1709; (b)(2) -3 1711), comment. (n.2(B)) line 1731, historical note 1733
  M2025 = manual_2025/GLM2025_fulltext.txt lines 3667-3700 (the same words), comment. (n.2)
          3722-3724, (n.3(B)) 3739-3740, historical note 3744-3745 (812 and 813, Nov. 1, 2018)
  A701  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 8090-8114 (inserted, eff. Nov. 1, 2007,
          line 8730); A711 = line 9790 (the comma)
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

KEY = "failure_to_register"
EXAMPLE = ROOT / "examples" / "failure-to-register-2016.toml"
# the first day of each version, the day before the next, and the last edition
DAYS = ["2007-11-01", "2016-11-01", "2018-10-31", "2018-11-01", "2025-11-01"]


def _case(facts: dict, day: str) -> Case:
    return Case.model_validate({"sentencing_date": dt.date.fromisoformat(day),
                                "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2A3.5", KEY: facts}})


def _computation(facts: dict, day: str):
    return calculate(_case(facts, day))


def _steps(facts: dict, day: str) -> list[tuple[str, int]]:
    return [(s.section, s.level) for s in _computation(facts, day).steps
            if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str) -> str:
    with pytest.raises(CaseError) as error:
        _computation(facts, day)
    return str(error.value)


def test_refused_before_nov_1_2007_computed_from_it():
    # A701: "adding at the end the following new guidelines", effective Nov. 1, 2007
    error = _refused({"tier": "tier_i"}, "2007-10-31")
    assert "offense.guideline" in error and "Amendment 701" in error
    assert _steps({"tier": "tier_i"}, "2007-11-01") == [("§2A3.5(a)(3)", 12)]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("tier,paragraph,level", [
    ("tier_iii", "(a)(1)", 16), ("tier_ii", "(a)(2)", 14), ("tier_i", "(a)(3)", 12)])
def test_the_base_level_by_the_tier(day, tier, paragraph, level):
    # M2016 lines 1693-1697; M2025 the same
    assert _steps({"tier": tier}, day) == [(f"§2A3.5{paragraph}", level)]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("found,clause,levels", [
    ("sex_offense_against_someone_other_than_a_minor", "(A)", 6),
    ("felony_offense_against_a_minor", "(B)", 6),
    ("sex_offense_against_a_minor", "(C)", 8)])
def test_b1_each_alternative(day, found, clause, levels):
    # M2016 lines 1701-1709: "(Apply the greatest)"
    steps = _steps({"tier": "tier_ii", "offense_while_failing_to_register": found}, day)
    assert steps[:2] == [("§2A3.5(a)(2)", 14), (f"§2A3.5(b)(1){clause}", 14 + levels)]


def test_the_failure_to_register_status_note_from_nov_1_2018():
    # M2025 lines 3722-3724 (Amendments 812/813): shown with (b)(1) from Nov. 1, 2018 only
    facts = {"tier": "tier_i", "offense_while_failing_to_register": "sex_offense_against_a_minor"}
    before = [s for s, _ in _steps(facts, "2018-10-31")]
    after = _computation(facts, "2018-11-01").steps
    assert "§2A3.5, comment. (n.2)" not in before
    note = next(s for s in after if s.section == "§2A3.5, comment. (n.2)")
    assert "2250(a) or (b)" in note.reason and "Amendments 812 and 813" in note.source


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("ground", ["corrected", "attempted_but_prevented"])
def test_b2_the_decrease(day, ground):
    # M2016 line 1711: "decrease by 3 levels"
    assert _steps({"tier": "tier_iii", "voluntary_correction": ground}, day) == [
        ("§2A3.5(a)(1)", 16), ("§2A3.5(b)(2)", 13)]


@pytest.mark.parametrize("day,note", [("2007-11-01", "(n.2(B))"), ("2018-10-31", "(n.2(B))"),
                                      ("2018-11-01", "(n.3(B))"), ("2025-11-01", "(n.3(B))")])
def test_b2_not_applied_with_b1(day, note):
    # "Do not apply subsection (b)(2) if subsection (b)(1) also applies" (M2016 1731; M2025 3739)
    facts = {"tier": "tier_iii", "voluntary_correction": "corrected",
             "offense_while_failing_to_register": "felony_offense_against_a_minor"}
    steps = _computation(facts, day).steps
    step = next(s for s in steps if s.section == "§2A3.5(b)(2)")
    assert step.change == "not applied" and step.level == 22 and note in step.reason
    assert _computation(facts, day).result.total_offense_level == 22


def test_the_versions_and_their_verification():
    table = load_table("failure_to_register")
    assert [(str(v.effective), v.verification, v.get("exists", True))
            for v in table.versions] == [("1987-11-01", "verbatim", False),
                                         ("2007-11-01", "verbatim", True),
                                         ("2018-11-01", "verbatim", True)]


@pytest.mark.parametrize("facts,message", [
    ({}, "tier"),
    ({"tier": "tier_iv"}, "tier"),
    ({"tier": "tier_i", "offense_while_failing_to_register": "sex_offense"},
     "offense_while_failing_to_register"),
    ({"tier": "tier_i", "voluntary_correction": True}, "voluntary_correction"),
])
def test_bad_findings_are_refused(facts, message):
    with pytest.raises(ValueError, match=message):
        _case(facts, "2025-11-01")


def test_worked_case_2016(capsys):
    """examples/failure-to-register-2016.toml, worked by hand in its comments from M2016:
    16, -3 = 13, acceptance -2 = 11; level 11, category III: 12-18 months."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2A3.5(a)(1)", 16), ("§2A3.5(b)(2)", 13)]
    assert result["total_offense_level"] == 11
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


def test_worked_case_2025_era(capsys, tmp_path):
    """The 2025 Manual (M2025): a Tier I offender who, unregistered, committed a sex offense
    against a minor: 12 + 8 = 20; category I: 33-41 months."""
    path = case_file(tmp_path, "2A3.5", KEY, 'tier = "tier_i"\n'
                     'offense_while_failing_to_register = "sex_offense_against_a_minor"', "2025")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2A3.5(a)(3)", 12), ("§2A3.5(b)(1)(C)", 20),
                                         ("§2A3.5, comment. (n.2)", 20)]
    assert result["range"] == {"min_months": 33, "max_months": 41, "life": False}


def test_refused_through_the_cli(capsys, tmp_path):
    # before Nov. 1, 2007: exit 2, the field named
    path = case_file(tmp_path, "2A3.5", KEY, 'tier = "tier_i"', "2006")
    error = calc_refused(capsys, path)
    assert "offense.guideline" in error and "Nov. 1, 2007" in error
    # the tier missing: exit 2, the file and the field named, no traceback
    path = case_file(tmp_path, "2A3.5", KEY, 'voluntary_correction = "corrected"', "2025")
    error = calc_refused(capsys, path)
    assert f"offense.{KEY}.tier" in error and path.name in error and "Traceback" not in error
