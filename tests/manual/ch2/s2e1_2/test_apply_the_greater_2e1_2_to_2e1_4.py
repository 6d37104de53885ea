"""§2E1.2 (travel in aid of racketeering), §2E1.3 (violent crimes in aid of racketeering
activity), §2E1.4 (murder-for-hire): "(a) Base Offense Level (Apply the greater): (1) N; or (2)
the offense level applicable to the underlying ..." (tables/racketeering_travel.toml,
violent_crimes_racketeering.toml, murder_for_hire.toml; s2e1_2/greater_of.py).

Sources (../shared/reference/ussg/): (a) of each: manual_2016/GLM2016_fulltext.txt lines
5965-5969, 5987-5991, 6009-6013; manual_2025/GLM2025_fulltext.txt lines 10579-10585,
10611-10616, 10646-10650. §2E1.4(a)(1) 23 before Nov. 1, 1990: Amendment 311
(appendix_c_2016/APPENDIX_C_Vol_I.txt line 6371: "deleting \"23\" and inserting in lieu thereof
\"32\""). §2E1.2's Note 1: 1987 as Amendment 27 quotes it (Vol. I lines 374-378), from June 15,
1988 as it inserts it (lines 379-384).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

KEYS = {"2E1.2": "racketeering_travel", "2E1.3": "violent_crime_racketeering",
        "2E1.4": "murder_for_hire"}

# (guideline, edition, (a)(1)): an edition under each version
MINIMUMS = [("2E1.2", "1987-11-01", 6), ("2E1.2", "1988-06-15", 6), ("2E1.2", "2016", 6),
            ("2E1.2", "2025", 6),
            ("2E1.3", "1987-11-01", 12), ("2E1.3", "1989-11-01", 12), ("2E1.3", "2016", 12),
            ("2E1.3", "2025", 12),
            ("2E1.4", "1987-11-01", 23), ("2E1.4", "1989-11-01", 23),  # Amendment 311: 23
            ("2E1.4", "1990-11-01", 32), ("2E1.4", "2016", 32), ("2E1.4", "2025", 32)]


def _case(guideline: str, manual: str, facts: dict, adjustments: dict | None = None,
          **offense) -> Case:
    # category VI: the 1987-89 Sentencing Table's lowest cells of category I are unknown
    # (Amendment 270)
    data = {"manual": manual, "criminal_history": {"category": "VI"},
            "offense": {"guideline": guideline, KEYS[guideline]: facts, **offense}}
    if adjustments:
        data["adjustments"] = adjustments
    return Case.model_validate(data)


def _other(level: int, **more) -> dict:
    return {"underlying_guideline": "other", "underlying_offense_level": level, **more}


@pytest.mark.parametrize("guideline,manual,minimum", MINIMUMS)
@pytest.mark.parametrize("offset", [-1, 0, 1])  # just below, at, just above (a)(1)
def test_the_greater_of_the_minimum_and_the_underlying_level(guideline, manual, minimum,
                                                             offset):
    underlying = minimum + offset
    computation = computed(_case(guideline, manual, _other(underlying)))
    expected, chosen = (underlying, "(a)(2)") if offset > 0 else (minimum, "(a)(1)")
    assert computation.result.total_offense_level == expected
    steps = [s for s in computation.steps if s.chapter == "chapter_two"]
    assert (steps[0].section, steps[0].level) == (f"§{guideline}{chosen}", expected)
    other = "(a)(2)" if chosen == "(a)(1)" else "(a)(1)"
    assert steps[1].section == f"§{guideline}{other}" and steps[1].change == "set aside"
    if chosen == "(a)(1)":
        assert f"(1) {minimum}" in steps[0].reason


@pytest.mark.parametrize("manual,note", [("1987-11-01", True), ("1990-11-01", False)])
def test_2e1_4_alternative_minimum_note_until_1990(manual, note):
    # Note 2 ("i.e., 23") as Amendment 311 deleted it (Vol. I lines 6372-6376)
    step = [s for s in computed(_case("2E1.4", manual, _other(20))).steps
            if s.chapter == "chapter_two"][0]
    assert ("(i.e., 23)" in step.reason) is note


def test_2e1_2_more_than_one_underlying_offense_is_refused(capsys, tmp_path: Path):
    path = case_file(tmp_path, "2E1.2", "racketeering_travel",
                     'underlying_guideline = "other"\nunderlying_offense_level = 12\n'
                     'underlying_offenses = 2', "2016")
    err = calc_refused(capsys, path)
    assert "offense.racketeering_travel.underlying_offenses" in err and "separate count" in err


@pytest.mark.parametrize("guideline", ["2E1.3", "2E1.4"])
def test_only_2e1_2_takes_more_than_one_underlying_offense(capsys, tmp_path: Path, guideline):
    path = case_file(tmp_path, guideline, KEYS[guideline],
                     'underlying_guideline = "other"\nunderlying_offense_level = 12\n'
                     'underlying_offenses = 2', "2016")
    err = calc_refused(capsys, path)
    assert f"offense.{KEYS[guideline]}" in err and "underlying_offenses" in err


@pytest.mark.parametrize("manual,refused", [("1987-11-01", False), ("1988-06-15", True)])
def test_2e1_2_note_1_compares_after_chapter_three_from_1988(manual, refused):
    # §2A2.3 under (a)(2) with an official victim: §3A1.2(b) reads the Part A guideline only
    # under (a)(2); from June 15, 1988 Note 1 compares after Chapter Three (refused), in 1987
    # it did not (the base offense levels are compared)
    case = _case("2E1.2", manual, {"underlying_guideline": "2A2.3"},
                 {"victim": {"official_victim": "status"}}, assault={})
    if refused:
        with pytest.raises(CaseError) as error:
            computed(case)
        assert "offense.racketeering_travel.underlying_guideline" in str(error.value)
        assert "§3A1.2(b)" in str(error.value)
    else:
        steps = [s for s in computed(case).steps if s.chapter == "chapter_two"]
        assert (steps[0].section, steps[0].level) == ("§2E1.2(a)(1)", 6)


@pytest.mark.parametrize("guideline", KEYS)
def test_other_without_level_is_refused(capsys, tmp_path: Path, guideline):
    err = calc_refused(capsys, case_file(tmp_path, guideline, KEYS[guideline],
                                         'underlying_guideline = "other"', "2025"))
    assert "underlying_offense_level" in err and f"{KEYS[guideline]}.toml" in err


def test_example_2e1_2(capsys):
    # examples/racketeering-travel-2e1.2-2016.toml: §2D1.1(c)(9) 22 > 6; 41-51 months
    result = calc_json(capsys, EXAMPLES / "racketeering-travel-2e1.2-2016.toml")
    assert chapter_two_steps(result) == [("§2D1.1(c)(9)", 22), ("§2E1.2(a)(2)", 22),
                                         ("§2E1.2(a)(1)", 22)]
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}


def test_example_2e1_3(capsys):
    # examples/violent-crime-racketeering-2e1.3-1995.toml: 10 is not greater than 12
    result = calc_json(capsys, EXAMPLES / "violent-crime-racketeering-2e1.3-1995.toml")
    assert chapter_two_steps(result) == [("§2E1.3(a)(1)", 12), ("§2E1.3(a)(2)", 12)]
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}


def test_example_2e1_4(capsys):
    # examples/murder-for-hire-2e1.4-2025.toml: §2A1.5 33 + 4 = 37 > 32; 210-262 months
    result = calc_json(capsys, EXAMPLES / "murder-for-hire-2e1.4-2025.toml")
    assert chapter_two_steps(result) == [("§2A1.5(a)", 33), ("§2A1.5(b)(1)", 37),
                                         ("§2E1.4(a)(2)", 37), ("§2E1.4(a)(1)", 37)]
    assert result["total_offense_level"] == 37
    assert result["range"] == {"min_months": 210, "max_months": 262, "life": False}


@pytest.mark.parametrize("manual,expected,chosen", [
    # §2A1.5: 28 before Nov. 1, 2004 (+4 = 32: not greater than 32, (a)(1)); 33 from 2004
    ("1992-11-01", 32, "(a)(1)"), ("2016", 37, "(a)(2)")])
def test_worked_murder_for_hire_through_the_cli(capsys, tmp_path: Path, manual, expected,
                                                chosen):
    path = case_file(tmp_path, "2E1.4", "murder_for_hire", 'underlying_guideline = "2A1.5"',
                     manual, "[offense.murder_conspiracy_or_solicitation]\n"
                             "offer_or_receipt_of_pecuniary_value = true\n")
    result = calc_json(capsys, path)
    steps = chapter_two_steps(result)
    assert (f"§2E1.4{chosen}", expected) in steps
    if chosen == "(a)(1)":
        assert steps == [("§2E1.4(a)(1)", 32), ("§2E1.4(a)(2)", 32)]
    assert result["total_offense_level"] == expected


@pytest.mark.parametrize("manual", ["1987-11-01", "2016"])
def test_worked_violent_crime_murder_through_the_cli(capsys, tmp_path: Path, manual):
    # §2A1.1(a): 43 in every edition (GLM2016_fulltext.txt line 1155): greater than 12
    path = case_file(tmp_path, "2E1.3", "violent_crime_racketeering",
                     'underlying_guideline = "2A1.1"', manual)
    result = calc_json(capsys, path)
    assert chapter_two_steps(result)[-2:] == [("§2E1.3(a)(2)", 43), ("§2E1.3(a)(1)", 43)]
    assert result["range"]["life"] is True
