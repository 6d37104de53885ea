"""§2X5.1 (Other Felony Offenses; "Other Offenses" 1988-2006; a policy statement 1987-1988)
(tables/other_offenses.toml).

Sources (../shared/reference/ussg/): 1987: the policy statement Amendment 43 quotes
(appendix_c_2016/APPENDIX_C_Vol_I.txt lines 537-566); June 15, 1988 and Nov. 1, 1991: derived
from the 2016 text with Amendments 685 (APPENDIX_C_Vol_III.txt lines 6474-6481) and 412 (Vol. I
lines 10909-10912) undone; Nov. 1, 2006 - Oct. 31, 2025: manual_2016/GLM2016_fulltext.txt lines
9801-9821; from Nov. 1, 2025: manual_2025/GLM2025_fulltext.txt lines 18227-18237.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

# one edition under each version, and the words each quotes
EDITIONS = {"1987-11-01": ("§2X5.1(a)", "the most analogous guideline should be applied"),
            "1988-06-15": ("§2X5.1", "18 U.S.C. § 3553(b) shall control."),
            "1991-11-01": ("§2X5.1", "18 U.S.C. § 3553(b) shall control, except that"),
            "2016": ("§2X5.1", "If the offense is a felony for which no guideline"),
            "2025": ("§2X5.1", "If the offense is a felony for which no guideline")}


def _case(manual: str, facts: dict, **offense) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2X5.1", "analogous": facts,
                                            **offense}})


def _other(level: int, **more) -> dict:
    return {"analogous_guideline": "other", "analogous_offense_level": level, **more}


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("level", [9, 12, 43])  # the 1987-89 Sentencing Table's lowest cells are unknown (Amendment 270)
def test_the_most_analogous_guidelines_level(manual, level):
    computation = computed(_case(manual, _other(level)))
    assert computation.result.total_offense_level == level
    step = [s for s in computation.steps if s.chapter == "chapter_two"][-1]
    where, words = EDITIONS[manual]
    assert (step.section, step.level) == (where, level) and words in step.reason


def test_example_file(capsys):
    # examples/other-felony-2x5.1-2016.toml, worked by hand: §2B1.1 6 + 6 = 12; 10-16 months
    result = calc_json(capsys, EXAMPLES / "other-felony-2x5.1-2016.toml")
    assert chapter_two_steps(result) == [("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)(D)", 12),
                                         ("§2X5.1", 12)]
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}


def test_worked_1991_case_through_the_cli(capsys, tmp_path: Path):
    # 1991: §2D1.1 most analogous (cocaine, at least 5 kg but less than 15 kg: 32, Amendment
    # 125's table), a Class A misdemeanor still within §2X5.1 ("felony or Class A misdemeanor")
    path = case_file(tmp_path, "2X5.1", "analogous",
                     'analogous_guideline = "2D1.1"\nclass_a_misdemeanor = true', "1991-11-01",
                     '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "5 kg"\n')
    result = calc_json(capsys, path)
    steps = chapter_two_steps(result)
    assert steps[0][0].startswith("§2D1.1(c)") and steps[0][1] == 32
    assert steps[-1] == ("§2X5.1", 32)


@pytest.mark.parametrize("manual", EDITIONS)
def test_no_sufficiently_analogous_guideline_is_refused(capsys, tmp_path: Path, manual):
    # "If there is not a sufficiently analogous guideline, the provisions of 18 U.S.C. § 3553
    # shall control" (1987: "any sentence that is reasonable ... See 18 U.S.C. § 3553(b)")
    err = calc_refused(capsys, case_file(tmp_path, "2X5.1", "analogous",
                                         'analogous_guideline = "none"', manual))
    assert "offense.analogous.analogous_guideline" in err and "3553" in err


@pytest.mark.parametrize("manual,refused", [("2005", False), ("2006", True), ("2025", True)])
def test_class_a_misdemeanor_from_2006_goes_to_2x5_2(manual, refused):
    # Amendment 685 (Nov. 1, 2006) struck "or Class A misdemeanor"; comment. (n.3): "apply §2X5.2"
    case = _case(manual, _other(10, class_a_misdemeanor=True))
    if refused:
        with pytest.raises(CaseError) as error:
            computed(case)
        assert "offense.analogous.class_a_misdemeanor" in str(error.value)
        assert "§2X5.2" in str(error.value)
    else:
        assert computed(case).result.total_offense_level == 10


@pytest.mark.parametrize("manual,refused", [("2005", True), ("2006", False), ("2025", False)])
def test_1841_paragraph_from_2006(manual, refused):
    # Amendment 685 added "If the defendant is convicted under 18 U.S.C. § 1841(a)(1), apply
    # the guideline that covers the conduct ..."
    case = _case(manual, _other(30, convicted_under_1841=True))
    if refused:
        with pytest.raises(CaseError) as error:
            computed(case)
        assert "offense.analogous.convicted_under_1841" in str(error.value)
    else:
        step = [s for s in computed(case).steps if s.chapter == "chapter_two"][-1]
        assert step.level == 30 and "§ 1841(a)(1)" in step.reason


def test_chapter_three_follows_the_analogous_guideline():
    # the analogous guideline's steps are adopted with its reference (§1B1.5(c)): a Part A
    # guideline (§2A2.3, 2025: (a)(2) 4) takes §3A1.2(b) "status_person_offense" (+6)
    case = Case.model_validate({
        "manual": "2025", "criminal_history": {"category": "I"},
        "offense": {"guideline": "2X5.1", "assault": {},
                    "analogous": {"analogous_guideline": "2A2.3"}},
        "adjustments": {"victim": {"official_victim": "status_person_offense"}}})
    computation = computed(case)
    assert computation.result.total_offense_level == 10


@settings(max_examples=30, deadline=None)
@given(manual=st.sampled_from(list(EDITIONS)), level=st.integers(1, 59), more=st.integers(1, 20))
def test_a_greater_analogous_level_never_lowers_the_level(manual, level, more):
    def total(analogous: int) -> int:
        result = computed(_case(manual, _other(analogous))).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert total(level) <= total(min(level + more, 60))
