"""§2H1.1 in every edition: the former guideline (1987-1995) and, from Nov. 1, 1995,
Amendment 521's consolidated Offenses Involving Individual Rights: each alternative of (a) just below, at and just above the others,
(b)(1), the notes that bar §3B1.3 and §3A1.1(a) with (b)(1), computed in-process on the day
before and the day of each version; the worked cases through the real command line; the
refusals; hypothesis: a finding added never lowers the level, which stays within 1-43.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6781-6793 ((a)(1) 6783, (a)(2) 6785, (a)(3)
          6787, (a)(4) 6789, (b)(1) 6793), comment. (n.1) 6803, (n.4) 6809, (n.5) 6811
  S2025 = manual_2025/GLM2025_fulltext.txt lines 12270-12285 (the same words), (n.5)
          12333-12334, historical note 12336-12341 (ends with Amendment 816)
  A521  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 16981-17099 (Nov. 1, 1995: the former
          §§2H1.1, 2H1.3-2H1.5 deleted "as follows", the replacement §2H1.1 inserted); the
          former §2H1.1 at lines 16993-17001, its comment. (n.2) 17055-17056
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

KEY = "individual_rights"
EXAMPLE = ROOT / "examples" / "civil-rights-2025.toml"
#: the first day of each version (tables/individual_rights.toml), and a day late in it
DAYS = ["1995-11-01", "2010-10-31", "2010-11-01", "2023-10-31", "2023-11-01", "2025-11-01"]


def _case(facts: dict, day: str, adjustments: dict | None = None, more: dict | None = None
          ) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day),
            "criminal_history": {"category": "I"},
            "offense": {"guideline": "2H1.1", KEY: facts, **(more or {})}}
    if adjustments:
        data["adjustments"] = adjustments
    return Case.model_validate(data)


def _steps(facts: dict, day: str, **kw) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, **kw))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str, **kw) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day, **kw))
    return str(error.value)


@pytest.mark.parametrize("day", DAYS)
def test_the_alternatives_of_a(day):
    """S2016 (a)(2) 12, (a)(3)(A)/(B) 10, (a)(4) 6: the greatest the findings reach."""
    assert _steps({}, day) == [("§2H1.1(a)(4)", 6)]
    assert _steps({"property_damage_or_threat": True}, day) == [("§2H1.1(a)(3)", 10)]
    assert _steps({"force_or_threat_against_person": True}, day) == [("§2H1.1(a)(3)", 10)]
    assert _steps({"two_or_more_participants": True, "force_or_threat_against_person": True},
                  day) == [("§2H1.1(a)(2)", 12)]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("facts,alternative,level", [
    ({}, "(a)(4)", 6), ({"property_damage_or_threat": True}, "(a)(3)", 10),
    ({"two_or_more_participants": True}, "(a)(2)", 12)])
def test_underlying_offense_below_at_and_above_each_alternative(day, facts, alternative,
                                                                level):
    """(a)(1) against each alternative: one below, the alternative; equal, (a)(1) (S2016
    comment. (n.1) line 6803: "Use the alternative base offense level only if it is greater");
    one above, (a)(1)."""
    def with_level(n):
        return _steps({**facts, "underlying_guideline": "other", "underlying_offense_level": n},
                      day)
    assert with_level(level - 1) == [(f"§2H1.1{alternative}", level)]
    assert with_level(level) == [("§2H1.1(a)(1)", level)]
    assert with_level(level + 1) == [("§2H1.1(a)(1)", level + 1)]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("finding", ["public_official", "under_color_of_law"])
def test_b1_six_levels_to_either_base(day, finding):
    """S2016 (b)(1) line 6793: +6 to the alternative or to (a)(1); once for both clauses."""
    assert _steps({finding: True}, day) == [("§2H1.1(a)(4)", 6), ("§2H1.1(b)(1)", 12)]
    assert _steps({finding: True, "underlying_guideline": "other",
                   "underlying_offense_level": 30}, day) == [
        ("§2H1.1(a)(1)", 30), ("§2H1.1(b)(1)", 36)]
    assert _steps({"public_official": True, "under_color_of_law": True}, day)[-1] == (
        "§2H1.1(b)(1)", 12)


def test_b1_bars_3b1_3_and_the_hate_crime_adjustment():
    """S2016 comment. (n.5) line 6811 and (n.4) line 6809: with (b)(1), §3B1.3 and §3A1.1(a)
    stated are refused, naming the field; without (b)(1) they apply."""
    facts = {"under_color_of_law": True}
    message = _refused(facts, "2016-11-01", adjustments={"role": {"abuse_of_trust": True}})
    assert "adjustments.role.abuse_of_trust" in message and "(n.5)" in message
    message = _refused(facts, "1995-11-01", adjustments={"victim": {"hate_crime": True}})
    assert "adjustments.victim.hate_crime" in message and "(n.4)" in message
    computation = calculate(_case({"force_or_threat_against_person": True}, "2016-11-01",
                                  adjustments={"victim": {"hate_crime": True}}))
    assert computation.result.total_offense_level == 13  # 10 + §3A1.1(a) 3


def test_underlying_offense_computed_under_its_guideline():
    """(a)(1) through the registry: §2A2.2's steps adopted, then (b)(1)."""
    more = {"aggravated_assault": {"weapon": "dangerous_weapon_otherwise_used"}}
    assert _steps({"underlying_guideline": "2A2.2", "public_official": True}, "2016-11-01",
                  more=more) == [("§2A2.2(a)", 14), ("§2A2.2(b)(2)(B)", 18),
                                 ("§2H1.1(a)(1)", 18), ("§2H1.1(b)(1)", 24)]
    # an underlying offense below the alternative: its steps are not adopted
    more = {"assault": {}}
    steps = _steps({"underlying_guideline": "2A2.3", "two_or_more_participants": True},
                   "2016-11-01", more=more)
    assert steps == [("§2H1.1(a)(2)", 12)]


def test_the_consolidated_findings_refused_before_amendment_521_and_itself_as_underlying():
    """The findings of the consolidated guideline are refused the day before A521, naming it
    and the field; §2H1.1 as its own underlying offense is refused (comment. (n.1): "other
    than an offense that is itself covered under Chapter Two, Part H, Subpart 1")."""
    for name in ("two_or_more_participants", "force_or_threat_against_person",
                 "property_damage_or_threat", "under_color_of_law"):
        message = _refused({name: True}, "1995-10-31")
        assert f"{KEY}.{name}" in message and "Amendment 521" in message
        assert _steps({name: True}, "1995-11-01")[0][1] >= 6
    assert _steps({}, "1995-11-01") == [("§2H1.1(a)(4)", 6)]
    assert f"{KEY}" in _refused({"underlying_guideline": "2H1.1"}, "2016-11-01")


# The former §2H1.1 (A521 lines 16993-17001, as it deleted it): "(Apply the greater): (1) 15;
# or (2) 2 plus the offense level applicable to any underlying offense"; (b)(1) +4. The same
# levels 1987 (title before Amendment 327) and 1990-1995.
@pytest.mark.parametrize("day", ["1988-01-15", "1990-10-31", "1990-11-01", "1995-10-31"])
def test_former_2h1_1_greater_of_15_and_2_plus(day):
    assert _steps({}, day) == [("§2H1.1(a)(1)", 15)]
    assert _steps({"public_official": True}, day) == [("§2H1.1(a)(1)", 15), ("§2H1.1(b)(1)", 19)]
    def with_level(n):
        return _steps({"underlying_guideline": "other", "underlying_offense_level": n}, day)
    assert with_level(12) == [("§2H1.1(a)(1)", 15), ("§2H1.1(a)(2)", 15)]   # 14: not greater
    assert with_level(13) == [("§2H1.1(a)(1)", 15), ("§2H1.1(a)(2)", 15)]   # 15: a tie
    assert with_level(14) == [("§2H1.1(a)(1)", 15), ("§2H1.1(a)(2)", 16)]
    message = _refused({"public_official": True}, day,
                       adjustments={"role": {"special_skill": True}})
    assert "adjustments.role.special_skill" in message and "(n.2)" in message


def test_former_title_by_edition():
    """Amendment 327 inserted "Conspiracy to Interfere with Civil Rights;" before "Going"."""
    def first(day):
        return next(s for s in calculate(_case({}, day)).steps if s.chapter == "chapter_two")
    first, later = first("1990-10-31"), first("1990-11-01")
    assert first.input == "Going in Disguise to Deprive of Rights"
    assert later.input.startswith("Conspiracy to Interfere with Civil Rights; Going")


def test_drug_facts_without_2d1_1_are_refused():
    message = _refused({}, "2016-11-01", more={"drugs": [
        {"substance": "cocaine", "quantity": "10 g"}]})
    assert "offense.drugs" in message and "underlying_guideline" in message


def test_level_stated_only_with_other():
    with pytest.raises(ValueError, match="underlying_offense_level"):
        _case({"underlying_guideline": "other"}, "2016-11-01")
    with pytest.raises(ValueError, match="underlying_offense_level"):
        _case({"underlying_guideline": "2A2.2", "underlying_offense_level": 20}, "2016-11-01")


def test_worked_example_2025_through_the_cli(capsys):
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [
        ("§2A2.2(a)", 14), ("§2A2.2(b)(2)(B)", 18), ("§2A2.2(b)(3)(B)", 23),
        ("§2H1.1(a)(1)", 23), ("§2H1.1(b)(1)", 29)]
    assert result["total_offense_level"] == 26
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (63, 78)


def test_worked_case_1995_era_through_the_cli(capsys, tmp_path):
    """1995 edition (derived text): two participants, a threat, a public official: 12 + 6."""
    path = case_file(tmp_path, "2H1.1", KEY, "two_or_more_participants = true\n"
                     "force_or_threat_against_person = true\npublic_official = true",
                     "1995")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2H1.1(a)(2)", 12), ("§2H1.1(b)(1)", 18)]


def test_unknown_key_and_a_1995_finding_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2H1.1", KEY, "under_color_of_law = true", "1994")
    assert f"{KEY}.under_color_of_law" in calc_refused(capsys, path)
    path = case_file(tmp_path, "2H1.1", KEY, "public_official = true", "1994")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2H1.1(a)(1)", 15), ("§2H1.1(b)(1)", 19)]
    path = case_file(tmp_path, "2H1.1", KEY, "hate_group = true", "2016")
    assert f"{KEY}.hate_group" in calc_refused(capsys, path)


_TABLE = load_table("individual_rights")
_CONSOLIDATED = [v for v in _TABLE.versions if not v.get("former")]
_LEVELS = sorted({v[name]["level"] for v in _CONSOLIDATED
                  for name in ("participants", "force", "otherwise")})


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(DAYS), underlying=st.sampled_from([None, *_LEVELS,
                                                              *(n + 1 for n in _LEVELS), 37]),
       findings=st.lists(st.sampled_from(["two_or_more_participants",
                                          "force_or_threat_against_person",
                                          "property_damage_or_threat", "public_official"]),
                         unique=True),
       extra=st.sampled_from(["two_or_more_participants", "force_or_threat_against_person",
                              "property_damage_or_threat", "public_official",
                              "under_color_of_law"]))
def test_a_finding_added_never_lowers_the_level(day, underlying, findings, extra):
    facts = {name: True for name in findings}
    if underlying is not None:
        facts |= {"underlying_guideline": "other", "underlying_offense_level": underlying}
    before = _steps(facts, day)[-1][1]
    after = _steps(facts | {extra: True}, day)[-1][1]
    assert after >= before and 1 <= after <= 43
