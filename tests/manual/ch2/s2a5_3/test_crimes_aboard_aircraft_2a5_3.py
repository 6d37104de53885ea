"""§2A5.3 (Committing Certain Crimes Aboard Aircraft), from Oct. 15, 1988
(tables/crimes_aboard_aircraft.toml). Sources (../shared/reference/ussg/): Amendment 65
(appendix_c_2016/APPENDIX_C_Vol_I.txt lines 1033-1042); manual_2016/GLM2016_fulltext.txt lines
1907-1921; manual_2025/GLM2025_fulltext.txt lines 4080-4096."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2A5.3", "crime_aboard_aircraft"


@pytest.mark.parametrize("manual", ["1988-10-15", "1989-11-01", "2016", "2024-11-01", "2025"])
@pytest.mark.parametrize("level", [4, 17, 43])
def test_the_underlying_offense_level_stated(manual, level):
    # "(a) Base Offense Level: The offense level applicable to the underlying offense."
    facts = f'underlying_guideline = "other"\nunderlying_offense_level = {level}'
    assert steps(G, KEY, manual, facts) == [("§2A5.3(a)", f"= {level}", level)]


@pytest.mark.parametrize("manual,level", [("1988-10-15", 3), ("2025", 4)])
def test_the_underlying_offense_computed_from_its_facts(manual, level):
    # §2A2.3 from [offense.assault] beside: (a)(2) (1988: 3; 2025: "4, otherwise"), its steps
    # shown first, then §2A5.3(a) takes that level
    found = steps(G, KEY, manual, 'underlying_guideline = "2A2.3"\n[offense.assault]')
    assert found == [("§2A2.3(a)(2)", f"= {level}", level), ("§2A5.3(a)", f"= {level}", level)]


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-06-15"])
def test_refused_before_amendment_65(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(
        tmp_path, G, KEY, 'underlying_guideline = "other"\nunderlying_offense_level = 12', manual))
    assert "§2A5.3" in err and "Amendment 65" in err


@pytest.mark.parametrize("facts,field", [
    ("", "offense.crime_aboard_aircraft.underlying_guideline"),
    ('underlying_guideline = "other"', "offense.crime_aboard_aircraft"),
    ('underlying_guideline = "2A2.3"\nunderlying_offense_level = 9',
     "offense.crime_aboard_aircraft")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_cases_through_the_cli(capsys, tmp_path: Path):
    # 1988-10-15: stated 16; category I: 21-27 months
    result = calc_json(capsys, case_file(
        tmp_path, G, KEY, 'underlying_guideline = "other"\nunderlying_offense_level = 16',
        "1988-10-15"))
    assert chapter_two_steps(result) == [("§2A5.3(a)", 16)]
    assert result["range"] == {"min_months": 21, "max_months": 27, "life": False}


def test_example_file(capsys):
    # examples/crime-aboard-aircraft-2a5.3-2025.toml: §2A2.3(a)(1) 7, (b)(1)(A) bodily injury
    # +2 = 9; §2A5.3(a) 9; category I: 4-10 months
    result = calc_json(capsys, EXAMPLES / "crime-aboard-aircraft-2a5.3-2025.toml")
    assert chapter_two_steps(result) == [("§2A2.3(a)(1)", 7), ("§2A2.3(b)(1)(A)", 9),
                                         ("§2A5.3(a)", 9)]
    assert result["range"] == {"min_months": 4, "max_months": 10, "life": False}
