"""§2B1.6 (Aggravated Identity Theft) in every version of tables/aggravated_identity_theft.toml:
the § 1028A count's term (the statute's, consecutive) with its step citing (a), comment. (n.2)
on the underlying counts (a §2B1.1(b)(11)(C) finding refused, naming it), the refusals (before
Nov. 1, 2005; a count without its consecutive term, a statute other than § 1028A, the one-count
form, an underlying count not in the case), in-process; the example through the real command
line.

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 2755-2775 ((a): "the guideline sentence is the
          term of imprisonment required by statute. Chapters Three ... and Four ... shall not
          apply to that count of conviction"; Note 2: "do not apply any specific offense
          characteristic for the transfer, possession, or use of a means of identification";
          historical note: "Effective November 1, 2005 (amendment 677)")
  M2025 = manual_2025/GLM2025_fulltext.txt lines 5881-5931 (the same (a) and Note 2; "Amended
          effective November 1, 2024 (amendment 831)")
  A677  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 5622-5662, 5825 (inserted, eff. Nov. 1,
          2005)
"""

from __future__ import annotations

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused

FRAUD = {"name": "Count 1", "statute": "18 U.S.C. § 1343", "statutory_maximum_months": 240,
         "guideline": "2B1.1", "theft_fraud": {"loss": "$50,000"}}
THEFT = {"name": "Count 2", "statute": "18 U.S.C. § 1028A(a)(1)", "guideline": "2B1.6",
         "statutory_minimum_months": 24, "statutory_maximum_months": 24,
         "consecutive_months": 24,
         "aggravated_identity_theft": {"underlying_counts": ["Count 1"]}}


def _computed(manual: str, fraud: dict = FRAUD, theft: dict = THEFT):
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "counts": [fraud, theft]})
    return calculate(case)


def _refused(manual: str, fraud: dict = FRAUD, theft: dict = THEFT) -> str:
    with pytest.raises(CaseError) as error:
        _computed(manual, fraud, theft)
    return str(error.value)


@pytest.mark.parametrize("manual,citation", [
    ("2005-11-01", "Amendment 677"), ("2016-11-01", "Amendment 677"),
    ("2024-11-01", "Amendment 831"), ("2025-11-01", "Amendment 831")])
def test_the_statutory_term_consecutive(manual, citation):
    computation = _computed(manual)
    steps = {s.section: s for s in computation.steps}
    assert "guideline sentence is the term of imprisonment required by statute" in \
        steps["§2B1.6(a)"].reason and citation in steps["§2B1.6(a)"].source
    assert "§2B1.6, comment. (n.2)" in steps
    # the 24 months added to the range of Count 1 (§5G1.2(a))
    result = computation.result
    assert result.consecutive_months == 24
    assert result.total_range.min_months == result.range.min_months + 24


@pytest.mark.parametrize("manual", ["1987-11-01", "2004-11-01", "2005-10-24"])
def test_refused_before_nov_1_2005(manual):
    # M2016 historical note: "Effective November 1, 2005 (amendment 677)"
    error = _refused(manual)
    assert "counts[1].guideline" in error and "Amendment 677" in error


@pytest.mark.parametrize("key,value", [
    ("identification_used_to_obtain_other_identification", True),  # §2B1.1(b)(11)(C)(i)
    ("unlawfully_produced_means_of_identification", 5),  # (C)(ii): 5 or more
])
def test_note_2_refuses_a_means_of_identification_finding_on_the_underlying_count(key, value):
    fraud = {**FRAUD, "theft_fraud": {"loss": "$50,000", key: value}}
    error = _refused("2025-11-01", fraud)
    assert f"counts[0].theft_fraud.{key}" in error and "comment. (n.2)" in error


def test_the_same_finding_without_a_1028a_count_applies():
    fraud = {**FRAUD, "theft_fraud": {"loss": "$50,000",
                                      "identification_used_to_obtain_other_identification": True}}
    other = {**THEFT, "guideline": "2D1.1", "aggravated_identity_theft": None}
    del other["aggravated_identity_theft"]
    steps = [s.section for s in _computed("2025-11-01", fraud, other).steps]
    assert "§2B1.1(b)(11)(C)(i)" in steps and "§2B1.6(a)" not in steps


@pytest.mark.parametrize("change,field", [
    ({"consecutive_months": None}, "counts[1].consecutive_months"),
    ({"statute": "18 U.S.C. § 1028(a)(7)", "consecutive_months": 24}, "counts[1].statute"),
    ({"aggravated_identity_theft": {"underlying_counts": ["Count 9"]}},
     "counts[1].aggravated_identity_theft.underlying_counts[0]"),
    ({"aggravated_identity_theft": {"underlying_counts": ["Count 2"]}},
     "counts[1].aggravated_identity_theft.underlying_counts[0]"),
])
def test_a_count_stated_wrongly_is_refused(change, field):
    theft = {k: v for k, v in {**THEFT, **change}.items() if v is not None}
    assert field in _refused("2025-11-01", theft=theft)


def test_the_facts_table_is_required():
    theft = {k: v for k, v in THEFT.items() if k != "aggravated_identity_theft"}
    with pytest.raises(ValueError, match="aggravated_identity_theft"):
        _computed("2025-11-01", theft=theft)


def test_the_one_count_form_is_refused():
    case = Case.model_validate({
        "manual": "2025", "criminal_history": {"category": "I"},
        "offense": {"guideline": "2B1.6",
                    "aggravated_identity_theft": {"underlying_counts": ["Count 1"]}}})
    with pytest.raises(CaseError) as error:
        calculate(case)
    assert "offense.consecutive_months" in str(error.value)
    assert "gives no offense level" in str(error.value)


def test_the_example_worked_by_hand(capsys):
    # examples/aggravated-identity-theft-2025.toml: Count 1 7, 13 (12-18 months); Count 2 24
    # months consecutive: 36-42 months
    result = calc_json(capsys, ROOT / "examples" / "aggravated-identity-theft-2025.toml")
    sections = [s["section"] for s in result["steps"]]
    assert "§2B1.6(a)" in sections and "§2B1.6, comment. (n.2)" in sections
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}
    assert result["total_range"] == {"min_months": 36, "max_months": 42, "life": False}


def test_refused_before_2005_through_the_cli(capsys, tmp_path):
    text = (ROOT / "examples" / "aggravated-identity-theft-2025.toml").read_text(encoding="utf-8")
    path = tmp_path / "before.toml"
    path.write_text(text.replace('manual = "2025"', 'manual = "2004"'), encoding="utf-8")
    error = calc_refused(capsys, path)
    assert "counts[1].guideline" in error and "Nov. 1, 2005" in error
