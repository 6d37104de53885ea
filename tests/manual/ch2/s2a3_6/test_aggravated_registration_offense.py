"""§2A3.6 (Aggravated Offenses Relating to Registration as a Sex Offender) in every version of
tables/aggravated_registration_offense.toml: the § 2250(c)/(d) or § 2260A count's term (the
statutory minimum, consecutive) with its step citing (a) or (b), comment. (n.3) on the
underlying counts, the statute each edition names on both sides of Nov. 1, 2018, the refusals
(before Nov. 1, 2007; another statute; a term other than the minimum; the terms, the facts
table or an underlying count missing; the one-count form), in-process; the example through the
real command line.

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 1735-1759 ((a) § 2250(c) line 1739, (b)
          § 2260A 1741, Chapters Three and Four 1743; Note 1 1751, Note 3 1755; historical
          note 1759: "Effective November 1, 2007 (amendment 701)")
  M2025 = manual_2025/GLM2025_fulltext.txt lines 3749-3796 ((a) § 2250(d) 3753, (b) 3756; Note
          1 3768-3773; historical note 3795-3796: 812 (Nov. 1, 2018), 836 (Nov. 1, 2025))
  A701  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 8139-8178 (inserted, eff. Nov. 1, 2007)
"""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table
from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused

EXAMPLE = ROOT / "examples" / "aggravated-registration-offense-2025.toml"
FAILURE = {"name": "Count 1", "statute": "18 U.S.C. § 2250(a)", "statutory_maximum_months": 120,
           "guideline": "2A3.5", "failure_to_register": {"tier": "tier_ii"}}
VIOLENCE = {"name": "Count 2", "statute": "18 U.S.C. § 2250(d)", "guideline": "2A3.6",
            "statutory_minimum_months": 60, "statutory_maximum_months": 360,
            "consecutive_months": 60,
            "aggravated_registration_offense": {"underlying_counts": ["Count 1"]}}
ENUMERATED = {**VIOLENCE, "statute": "18 U.S.C. § 2260A", "statutory_minimum_months": 120,
              "statutory_maximum_months": 120, "consecutive_months": 120}


def _computed(day: str, underlying: dict = FAILURE, count: dict = VIOLENCE):
    case = Case.model_validate({"sentencing_date": dt.date.fromisoformat(day),
                                "criminal_history": {"category": "I"},
                                "counts": [underlying, count]})
    return calculate(case)


def _refused(day: str, underlying: dict = FAILURE, count: dict = VIOLENCE) -> str:
    with pytest.raises(CaseError) as error:
        _computed(day, underlying, count)
    return str(error.value)


@pytest.mark.parametrize("day,statute,citation", [
    ("2007-11-01", "2250(c)", "Amendment 701"), ("2018-10-31", "2250(c)", "Amendment 701"),
    ("2018-11-01", "2250(d)", "Amendment 812"), ("2025-10-31", "2250(d)", "Amendment 812"),
    ("2025-11-01", "2250(d)", "Amendment 836")])
def test_a_the_statutory_minimum_consecutive(day, statute, citation):
    computation = _computed(day, count={**VIOLENCE, "statute": f"18 U.S.C. § {statute}"})
    steps = {s.section: s for s in computation.steps}
    step = steps["§2A3.6(a)"]
    assert f"§ {statute}, the guideline sentence is the minimum term" in step.reason
    assert citation in step.source and "60 months, consecutive" in step.reason
    assert "§2A3.6, comment. (n.3)" in steps
    # Count 1: §2A3.5(a)(2) 14, category I: 15-21 months; 60 months added (§5G1.2(a))
    result = computation.result
    assert result.range.min_months == 15 and result.consecutive_months == 60
    assert result.total_range.min_months == 75 and result.total_range.max_months == 81


@pytest.mark.parametrize("day", ["2007-11-01", "2018-10-31", "2018-11-01", "2025-11-01"])
def test_b_2260a_the_term_required(day):
    computation = _computed(day, count=ENUMERATED)
    step = next(s for s in computation.steps if s.section == "§2A3.6(b)")
    assert "§ 2260A, the guideline sentence is the term of imprisonment required" in step.reason
    assert computation.result.total_range.min_months == 15 + 120


@pytest.mark.parametrize("day,statute,named", [
    ("2016-11-01", "2250(d)", "2250(c)"), ("2018-10-31", "2250(d)", "2250(c)"),
    ("2018-11-01", "2250(c)", "2250(d)"), ("2025-11-01", "2250(c)", "2250(d)")])
def test_the_statute_each_edition_names(day, statute, named):
    error = _refused(day, count={**VIOLENCE, "statute": f"18 U.S.C. § {statute}"})
    assert "counts[1].statute" in error and f"18 U.S.C. § {named}" in error
    assert f"§ {statute} is not a statute this edition" in error


@pytest.mark.parametrize("day", ["1987-11-01", "2006-11-01", "2007-10-31"])
def test_refused_before_nov_1_2007(day):
    error = _refused(day, count={**VIOLENCE, "statute": "18 U.S.C. § 2250(c)"})
    assert "counts[1].guideline" in error and "Amendment 701" in error


@pytest.mark.parametrize("change,field", [
    ({"statute": "18 U.S.C. § 2250(a)"}, "counts[1].statute"),
    ({"statute": "18 U.S.C. § 1028A"}, "counts[1].statute"),
    ({"consecutive_months": 72}, "counts[1].consecutive_months"),
    ({"consecutive_months": None}, "counts[1].consecutive_months"),
    ({"statutory_minimum_months": None}, "counts[1].statutory_minimum_months"),
    ({"aggravated_registration_offense": {"underlying_counts": ["Count 9"]}},
     "counts[1].aggravated_registration_offense.underlying_counts[0]"),
    ({"aggravated_registration_offense": {"underlying_counts": ["Count 2"]}},
     "counts[1].aggravated_registration_offense.underlying_counts[0]"),
])
def test_a_count_stated_wrongly_is_refused(change, field):
    count = {k: v for k, v in {**VIOLENCE, **change}.items() if v is not None}
    assert field in _refused("2025-11-01", count=count)


def test_the_term_other_than_the_minimum_names_the_minimum():
    error = _refused("2025-11-01", count={**VIOLENCE, "consecutive_months": 72})
    assert "statutory_minimum_months = 60, not 72 months" in error


def test_the_facts_table_is_required():
    count = {k: v for k, v in VIOLENCE.items() if k != "aggravated_registration_offense"}
    with pytest.raises(ValueError, match="aggravated_registration_offense"):
        _computed("2025-11-01", count=count)


def test_the_one_count_form_is_refused():
    case = Case.model_validate({
        "manual": "2025", "criminal_history": {"category": "I"},
        "offense": {"guideline": "2A3.6",
                    "aggravated_registration_offense": {"underlying_counts": ["Count 1"]}}})
    with pytest.raises(CaseError) as error:
        calculate(case)
    assert "offense.consecutive_months" in str(error.value)
    assert "gives no offense level" in str(error.value)


def test_note_3_warns_of_a_2A3_5_b1_finding_on_the_underlying_count():
    failure = {**FAILURE, "failure_to_register": {
        "tier": "tier_ii", "offense_while_failing_to_register": "felony_offense_against_a_minor"}}
    computation = _computed("2025-11-01", underlying=failure)
    assert any("§2A3.5(b)(1)" in w and "comment. (n.3)" in w for w in computation.warnings)
    assert not any("comment. (n.3)" in w for w in _computed("2025-11-01").warnings)


def test_the_versions_and_their_verification():
    table = load_table("aggravated_registration_offense")
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "verbatim"), ("2007-11-01", "verbatim"), ("2018-11-01", "derived"),
        ("2025-11-01", "verbatim")]


def test_the_example_worked_by_hand(capsys):
    # examples/aggravated-registration-offense-2025.toml: Count 1 14 (18-24 months, II); Count 2
    # 60 months consecutive: 78-84 months
    result = calc_json(capsys, EXAMPLE)
    sections = [s["section"] for s in result["steps"]]
    assert "§2A3.6(a)" in sections and "§2A3.6, comment. (n.3)" in sections
    assert ("§2A3.5(a)(2)", 14) in [(s["section"], s["level"]) for s in result["steps"]]
    assert result["range"] == {"min_months": 18, "max_months": 24, "life": False}
    assert result["total_range"] == {"min_months": 78, "max_months": 84, "life": False}


def test_refused_in_the_2016_manual_through_the_cli(capsys, tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "before.toml"
    path.write_text(text.replace('manual = "2025"', 'manual = "2016"'), encoding="utf-8")
    error = calc_refused(capsys, path)
    assert "counts[1].statute" in error and "2250(c)" in error and path.name in error
