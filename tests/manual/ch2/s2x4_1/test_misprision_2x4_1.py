"""§2X4.1 (Misprision of Felony) (tables/misprision_of_felony.toml).

Sources (../shared/reference/ussg/): (a) "9 levels lower than the offense level for the
underlying offense, but in no event less than 4, or more than 19": manual_2016/
GLM2016_fulltext.txt line 9781, manual_2025/GLM2025_fulltext.txt lines 18189-18190; never
amended (historical notes: 244, 496, 790, 797 amend Note 1 only), so every version reads it.
§3C1.1's note reaches §2X4.1 from Amendment 496 (appendix_c_2016/APPENDIX_C_Vol_I.txt lines
15845-15849, Nov. 1, 1993). Comment. (n.2) on §3B1.2: 2016 line 9791.
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

# one edition under each version of the table (1990: the 1987 version; the 1987-89 Sentencing
# Table's level-4 cells are unknown)
EDITIONS = ("1990-11-01", "1993-11-01", "1998-11-01", "2016", "2018-11-01", "2025")


def _case(manual: str, misprision: dict, adjustments: dict | None = None,
          **offense) -> Case:
    data = {"manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2X4.1", "misprision": misprision, **offense}}
    if adjustments:
        data["adjustments"] = adjustments
    return Case.model_validate(data)


def _other(level: int, **more) -> dict:
    return {"underlying_guideline": "other", "underlying_offense_level": level, **more}


def _steps(computation) -> list[tuple[str, int]]:
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("underlying,expected", [
    (12, 4), (13, 4), (14, 5),     # "in no event less than 4": 12 - 9 = 3 -> 4; at 13; 14 -> 5
    (27, 18), (28, 19), (29, 19)])  # "or more than 19": 27 -> 18; at 28; 29 - 9 = 20 -> 19
def test_nine_lower_floor_and_cap(manual, underlying, expected):
    computation = computed(_case(manual, _other(underlying)))
    assert computation.result.total_offense_level == expected
    steps = _steps(computation)
    assert steps[0] == ("§2X4.1(a)", underlying - 9)
    assert steps[-1] == ("§2X4.1(a)", expected)
    assert len(steps) == (1 if underlying - 9 == expected else 2)


@pytest.mark.parametrize("manual,dqt,expected", [
    # §2D1.1(c) cocaine, at least 5 kg but less than 15 kg: 32 in the 1990 table (Amendment
    # 125), 30 from Nov. 1, 2014 (Amendment 782); 32 - 9 = 23 and 30 - 9 = 21, both -> 19
    ("1990-11-01", 32, 19), ("2025", 30, 19)])
def test_worked_drug_misprision_through_the_cli(capsys, tmp_path: Path, manual, dqt, expected):
    path = case_file(tmp_path, "2X4.1", "misprision", 'underlying_guideline = "2D1.1"', manual,
                     '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "5 kg"\n')
    result = calc_json(capsys, path)
    steps = chapter_two_steps(result)
    assert steps[0][0].startswith("§2D1.1(c)") and steps[0][1] == dqt
    assert steps[1:] == [("§2X4.1(a)", dqt - 9), ("§2X4.1(a)", expected)]
    assert result["total_offense_level"] == expected


def test_example_file(capsys):
    # examples/misprision-2016.toml, worked by hand in its comments: 30 -> 21 -> 19; 30-37
    # months, 30-36 within 18 U.S.C. § 4's three years
    result = calc_json(capsys, EXAMPLES / "misprision-2016.toml")
    assert chapter_two_steps(result) == [("§2D1.1(c)(5)", 30), ("§2X4.1(a)", 21),
                                         ("§2X4.1(a)", 19)]
    assert result["total_offense_level"] == 19
    assert result["statutory_range"] == {"min_months": 30, "max_months": 36, "life": False}


def test_underlying_guideline_with_its_own_table():
    # §2B3.3 (blackmail) from [offense.blackmail] beside [offense.misprision]: 9 - 9 = 0 -> 4
    computation = computed(_case("2025", {"underlying_guideline": "2B3.3"}, blackmail={}))
    assert _steps(computation)[-2:] == [("§2X4.1(a)", 0), ("§2X4.1(a)", 4)]


@pytest.mark.parametrize("manual,withheld", [("1992-11-01", False), ("1993-11-01", True),
                                             ("2016", True), ("2025", True)])
def test_obstruction_adjustment_withheld_from_1993(manual, withheld):
    # §3C1.1's note: Amendment 496 (Vol. I lines 15845-15849) lists §2X4.1 from Nov. 1, 1993
    obstruction = {"obstruction": {"obstructed_justice": True}}
    if withheld:
        with pytest.raises(CaseError) as error:
            computed(_case(manual, _other(25), obstruction))
        assert "adjustments.obstruction.obstructed_justice" in str(error.value)
        assert "further_obstruction" in str(error.value)
        allowed = _case(manual, _other(25, further_obstruction=True), obstruction)
        assert computed(allowed).result.total_offense_level == 18  # 25 - 9 = 16, +2
    else:
        assert computed(_case(manual, _other(25), obstruction)).result.total_offense_level == 18


def test_further_obstruction_before_1993_is_refused(capsys, tmp_path: Path):
    path = case_file(tmp_path, "2X4.1", "misprision",
                     'underlying_guideline = "other"\nunderlying_offense_level = 25\n'
                     'further_obstruction = true', "1992-11-01")
    err = calc_refused(capsys, path)
    assert "offense.misprision.further_obstruction" in err and "Amendment 496" in err


def test_mitigating_role_is_warned_of():
    # comment. (n.2): §3B1.2 "normally would not apply": applied as stated, with a warning
    computation = computed(_case("2016", _other(30),
                                 {"role": {"mitigating": "minor_participant"}}))
    assert computation.result.total_offense_level == 17  # 19, then -2
    assert any("normally would not apply" in w for w in computation.warnings)


def test_other_without_level_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2X4.1", "misprision",
                                         'underlying_guideline = "other"', "2025"))
    assert "underlying_offense_level" in err


def test_before_the_guidelines_is_refused(capsys, tmp_path: Path):
    path = case_file(tmp_path, "2X4.1", "misprision",
                     'underlying_guideline = "other"\nunderlying_offense_level = 20', "1987")
    path.write_text(path.read_text().replace('manual = "1987"\n',
                                             'manual = "1987"\noffense_date = 1987-10-31\n'))
    assert "1987" in calc_refused(capsys, path)


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(EDITIONS), level=st.integers(1, 59), more=st.integers(1, 20))
def test_a_greater_underlying_level_never_lowers_the_level(manual, level, more):
    def total(underlying: int) -> int:
        result = computed(_case(manual, _other(underlying))).result
        assert 4 <= result.total_offense_level <= 19
        return result.total_offense_level
    assert total(level) <= total(min(level + more, 60))
