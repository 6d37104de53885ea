"""§2X6.1 (Use of a Minor in a Crime of Violence), from Nov. 1, 2004
(tables/use_of_minor_crime_of_violence.toml).

Sources (../shared/reference/ussg/): Amendment 674 (appendix_c_2016/APPENDIX_C_Vol_III.txt
lines 4990-4992, effective date line 5448); manual_2016/GLM2016_fulltext.txt lines 9851 ((a)),
9861 (comment. (n.2)); manual_2025/GLM2025_fulltext.txt lines 18336-18349.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed


def _case(manual: str, facts: dict, adjustments: dict | None = None, **offense) -> Case:
    data = {"manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2X6.1", "minor_crime_of_violence": facts, **offense}}
    if adjustments:
        data["adjustments"] = adjustments
    return Case.model_validate(data)


@pytest.mark.parametrize("manual", ["2004-11-01", "2016", "2025"])
@pytest.mark.parametrize("level", [1, 20, 39])
def test_four_plus_the_underlying_level(manual, level):
    steps = [s for s in computed(_case(manual, {"underlying_guideline": "other",
                                                "underlying_offense_level": level})).steps
             if s.chapter == "chapter_two"]
    assert [(s.section, s.level) for s in steps] == [("§2X6.1(a)", level + 4)]
    assert "4 plus the offense level" in steps[0].reason


@pytest.mark.parametrize("manual", ["1987-11-01", "2003-11-01", "2003-11-05"])
def test_refused_before_nov_2004(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, "2X6.1", "minor_crime_of_violence",
                                         'underlying_guideline = "other"\n'
                                         'underlying_offense_level = 20', manual))
    assert "§2X6.1" in err and "Amendment 674" in err


def test_3b1_4_is_refused():
    with pytest.raises(CaseError) as error:
        computed(_case("2016", {"underlying_guideline": "other", "underlying_offense_level": 20},
                       {"role": {"used_minor": True}}))
    assert "adjustments.role.used_minor" in str(error.value)
    assert "Do not apply the adjustment under §3B1.4" in str(error.value)


def test_example_file(capsys):
    # examples/use-of-minor-2x6.1-2016.toml: §2B3.1(a) 20; 4 + 20 = 24; 51-63 months
    result = calc_json(capsys, EXAMPLES / "use-of-minor-2x6.1-2016.toml")
    assert chapter_two_steps(result) == [("§2B3.1(a)", 20), ("§2X6.1(a)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}


@pytest.mark.parametrize("manual", ["2004-11-01", "2025"])
def test_worked_through_the_cli(capsys, tmp_path: Path, manual):
    # §2A2.2 with no findings, computed by its own package, then 4 more
    path = case_file(tmp_path, "2X6.1", "minor_crime_of_violence",
                     'underlying_guideline = "2A2.2"', manual, "[offense.aggravated_assault]\n")
    steps = chapter_two_steps(calc_json(capsys, path))
    assert steps[0][0] == "§2A2.2(a)" and steps[-1] == ("§2X6.1(a)", steps[-2][1] + 4)


def test_other_without_level_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2X6.1", "minor_crime_of_violence",
                                         'underlying_guideline = "other"', "2025"))
    assert "underlying_offense_level" in err
