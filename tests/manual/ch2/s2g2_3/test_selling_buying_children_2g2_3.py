"""§2G2.3 (Selling or Buying of Children for Use in the Production of Pornography)
(tables/selling_or_buying_children.toml): "(a) Base Offense Level: 38" from Nov. 1, 1989
(Amendment 162, ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines
3262-3267, which does not quote it; the 2001 Manual's text, ussc.gov archive 2001-2g23; 2016
Manual lines 6613-6615; 2025 Manual lines 11919-11921); not in the Manual before."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.strategies import computed


def _case(manual: str) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2G2.3"}})


@pytest.mark.parametrize("manual", ["1989-11-01", "1995", "2001", "2004", "2009", "2016",
                                    "2018", "2025"])
def test_base_offense_level_38(manual):
    computation = computed(_case(manual))
    assert [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"] \
        == [("§2G2.3(a)", 38)]


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15"])
def test_before_nov_1989_is_refused(manual):
    with pytest.raises(CaseError) as error:
        computed(_case(manual))
    assert "offense.guideline" in str(error.value) and "Amendment 162" in str(error.value)


def test_refused_through_the_cli(capsys, tmp_path: Path):
    path = tmp_path / "sold.toml"
    path.write_text('manual = "1988-10-15"\n[offense]\nguideline = "2G2.3"\n'
                    '[criminal_history]\ncategory = "I"\n')
    err = calc_refused(capsys, path)
    assert "sold.toml" in err and "offense.guideline" in err and "Amendment 162" in err


@pytest.mark.parametrize("manual", ["1989-11-01", "2025"])
def test_worked_case_through_the_cli(capsys, tmp_path: Path, manual):
    path = tmp_path / "sold.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2G2.3"\n'
                    '[criminal_history]\ncategory = "II"\n')
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2G2.3(a)", 38)]
    assert result["total_offense_level"] == 38
    assert result["range"] == {"min_months": 262, "max_months": 327, "life": False}


def test_example_file(capsys):
    # examples/selling-or-buying-children-2016.toml: 38, category I: 235-293 months; the
    # 360-month statutory minimum is the guideline sentence
    result = calc_json(capsys, EXAMPLES / "selling-or-buying-children-2016.toml")
    assert chapter_two_steps(result) == [("§2G2.3(a)", 38)]
    assert result["range"] == {"min_months": 235, "max_months": 293, "life": False}
    assert result["statutory_range"] == {"min_months": 360, "max_months": 360, "life": False}
