"""§2X2.1 (Aiding and Abetting) (tables/aiding_and_abetting.toml).

Sources (../shared/reference/ussg/): "The offense level is the same level as that for the
underlying offense": manual_2016/GLM2016_fulltext.txt line 9731, manual_2025/
GLM2025_fulltext.txt line 18093; never amended (historical notes: 359, 637, 655, 700 amend
the commentary only). Note 1's definition: 1987 (Amendment 637's struck words,
appendix_c_2016/APPENDIX_C_Vol_II.txt lines 9956-9959), 2002 (637), 2003 (655; 2016 line 9739).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

# one edition under each version: 1987 (1990: the 1987-89 Sentencing Table's low cells are
# unknown), 2002 (Amendment 637), 2003 (655) as printed in 2016 and 2025
EDITIONS = ("1990-11-01", "2002-11-01", "2016", "2025")
DEFINITION = {"1990-11-01": "‘Underlying offense’ means the offense the defendant is convicted "
                            "of aiding or abetting.",
              "2002-11-01": "materially supported prior to or during its commission",
              "2016": "provided or collected funds for", "2025": "§ 2339C(a)(1)(A)"}


def _case(manual: str, facts: dict, **offense) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2X2.1", "aiding_abetting": facts,
                                            **offense}})


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("underlying", [1, 6, 24, 43])
def test_the_same_level_as_the_underlying_offense(manual, underlying):
    computation = computed(_case(manual, {"underlying_guideline": "other",
                                          "underlying_offense_level": underlying}))
    assert computation.result.total_offense_level == underlying
    step = [s for s in computation.steps if s.chapter == "chapter_two"][-1]
    assert (step.section, step.level) == ("§2X2.1", underlying)
    assert "The offense level is the same level as that for the underlying offense." \
        in step.reason and DEFINITION[manual] in step.reason


def test_example_file(capsys):
    # examples/aiding-abetting-2x2.1-2016.toml, worked by hand: 20 + 2 + 5 = 27; 78-97 months
    result = calc_json(capsys, EXAMPLES / "aiding-abetting-2x2.1-2016.toml")
    assert chapter_two_steps(result) == [("§2B3.1(a)", 20), ("§2B3.1(b)(1)", 22),
                                         ("§2B3.1(b)(2)(C)", 27), ("§2X2.1", 27)]
    assert result["range"] == {"min_months": 78, "max_months": 97, "life": False}


def test_worked_drug_case_1990_through_the_cli(capsys, tmp_path: Path):
    # 1990 Drug Quantity Table (Amendment 125): cocaine, at least 5 kg but less than 15 kg: 32
    path = case_file(tmp_path, "2X2.1", "aiding_abetting", 'underlying_guideline = "2D1.1"',
                     "1990-11-01", '[[offense.drugs]]\nsubstance = "cocaine"\n'
                                   'quantity = "5 kg"\n')
    result = calc_json(capsys, path)
    steps = chapter_two_steps(result)
    assert steps[0][0].startswith("§2D1.1(c)") and steps[0][1] == 32
    assert steps[-1] == ("§2X2.1", 32) and result["total_offense_level"] == 32


def test_chapter_three_follows_the_underlying_guideline():
    # the steps are adopted with the reference to §2B3.1 (§1B1.5(c)): a mitigating role
    # applies as stated ("An adjustment for a mitigating role (§3B1.2) may be applicable")
    case = Case.model_validate({"manual": "2025", "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2X2.1", "robbery": {},
                                            "aiding_abetting": {"underlying_guideline": "2B3.1"}},
                                "adjustments": {"role": {"mitigating": "minor_participant"}}})
    assert computed(case).result.total_offense_level == 18  # 20, -2


def test_other_without_level_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2X2.1", "aiding_abetting",
                                         'underlying_guideline = "other"', "2025"))
    assert "underlying_offense_level" in err


def test_a_facts_table_of_another_guideline_is_refused(capsys, tmp_path: Path):
    # [offense.robbery] beside an underlying offense stated under "other": not read, refused
    err = calc_refused(capsys, case_file(
        tmp_path, "2X2.1", "aiding_abetting",
        'underlying_guideline = "other"\nunderlying_offense_level = 20', "2025",
        "[offense.robbery]\n"))
    assert "robbery" in err


@settings(max_examples=30, deadline=None)
@given(manual=st.sampled_from(EDITIONS), level=st.integers(1, 59), more=st.integers(1, 20))
def test_a_greater_underlying_level_never_lowers_the_level(manual, level, more):
    def total(underlying: int) -> int:
        result = computed(_case(manual, {"underlying_guideline": "other",
                                         "underlying_offense_level": underlying})).result
        assert 1 <= result.table_offense_level <= 43  # above 43 "treated as 43"
        return result.total_offense_level
    assert total(level) <= total(min(level + more, 60))
