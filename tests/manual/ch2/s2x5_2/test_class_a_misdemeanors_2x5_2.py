"""§2X5.2 (Class A Misdemeanors (Not Covered by Another Specific Offense Guideline))
(tables/class_a_misdemeanors.toml): "(a) Base Offense Level: 6" from Nov. 1, 2006 (Amendment
685, ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_III.txt lines 6524-6536; 2016
Manual line 9831; 2025 Manual line 18297); not in the Manual before."""

from __future__ import annotations

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, chapter_two_steps
from tests.strategies import computed


def _case(manual: str) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2X5.2"}})


@pytest.mark.parametrize("manual", ["2006", "2016", "2018", "2023", "2025"])
def test_base_offense_level_6(manual):
    # every version from Nov. 1, 2006 (2018: Amendment 813 not read, derived): 6
    computation = computed(_case(manual))
    assert [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"] \
        == [("§2X5.2(a)", 6)]


@pytest.mark.parametrize("manual", ["1987-11-01", "2005"])
def test_before_2006_is_refused(manual):
    with pytest.raises(CaseError) as error:
        computed(_case(manual))
    assert "offense.guideline" in str(error.value) and "Amendment 685" in str(error.value)


def test_example_file(capsys):
    # examples/class-a-misdemeanor-2x5.2-2025.toml: 6, category II: 1-7 months
    result = calc_json(capsys, EXAMPLES / "class-a-misdemeanor-2x5.2-2025.toml")
    assert chapter_two_steps(result) == [("§2X5.2(a)", 6)]
    assert result["range"] == {"min_months": 1, "max_months": 7, "life": False}
