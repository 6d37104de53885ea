"""§2X3.1 (Accessory After the Fact) through the real CLI (tables/accessory_after_the_fact.toml).

Sources, by version (../shared/reference/ussg/):
- 1987: (a) "6 levels lower than the offense level for the underlying offense, but in no event
  less than 4, or more than 30" (derived: appendix_c_2016/APPENDIX_C_Vol_II.txt lines
  16004-16009 less Amendment 380's sentence, APPENDIX_C_Vol_I.txt lines 9296-9301);
- 1991 (Amendment 380, Vol. I lines 9296-9301) and 2002 (Amendment 637, Vol. II lines
  16004-16009): harboring a fugitive, "not more than level 20";
- 2003 (Amendment 655, Vol. II lines 16010-16029; 2016 Manual lines 9749-9761; 2025 Manual
  lines 18121-18150): (a)(1) 6 lower, (a)(2) not less than 4, (a)(3)(A) not more than 30,
  (B) harboring 20, (C) the terrorism exception.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from tests.strategies import computed

# 1990-11-01: the 1987 version (the 1987-89 Sentencing Table's level-4 cells are unknown)
EDITIONS = ("1990-11-01", "1991-11-01", "2002-11-01", "2016", "2025")
A1 = {"1990-11-01": "(a)", "1991-11-01": "(a)", "2002-11-01": "(a)", "2016": "(a)(1)",
      "2025": "(a)(1)"}


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2X3.1", "accessory", facts, manual, more)


def _other(level: int, extra: str = "") -> str:
    return f'underlying_guideline = "other"\nunderlying_offense_level = {level}\n{extra}'


def _chapter_two(result: dict) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("underlying,expected", [(9, 4), (10, 4), (11, 5),  # the floor, 4
                                                 (35, 29), (36, 30), (37, 30)])  # the cap, 30
def test_six_lower_floor_and_cap(capsys, tmp_path, manual, underlying, expected):
    # every version: 6 lower; "not less than 4" (edge 10 -> 4, 9 -> 3 raised to 4, 11 -> 5);
    # "not more than 30" (36 -> 30, 37 -> 31 lowered to 30, 35 -> 29)
    result = calc_json(capsys, _case(tmp_path, _other(underlying), manual))
    assert result["total_offense_level"] == expected
    steps = _chapter_two(result)
    assert steps[0] == (f"§2X3.1{A1[manual]}", underlying - 6)
    if underlying - 6 != expected:
        where = {"(a)": "(a)", "(a)(1)": "(a)(2)" if expected == 4 else "(a)(3)(A)"}[A1[manual]]
        assert steps[-1] == (f"§2X3.1{where}", expected)
    else:
        assert len(steps) == 1


@pytest.mark.parametrize("manual", EDITIONS[1:])
@pytest.mark.parametrize("underlying,expected", [(25, 19), (26, 20), (27, 20)])
def test_harboring_cap_from_1991(capsys, tmp_path, manual, underlying, expected):
    # Amendment 380: harboring a fugitive, not more than level 20 (26 -> 20 at, 27 -> 21 over)
    result = calc_json(capsys, _case(tmp_path, _other(underlying, "harboring_only = true"),
                                     manual))
    assert result["total_offense_level"] == expected
    if expected != underlying - 6:
        where = "(a)" if A1[manual] == "(a)" else "(a)(3)(B)"
        assert _chapter_two(result)[-1] == (f"§2X3.1{where}", 20)


def test_harboring_before_1991_is_refused(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, _other(30, "harboring_only = true"),
                                     "1990-11-01"))
    assert "offense.accessory.harboring_only" in err and "Amendment 380" in err


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_terrorism_exception_lifts_the_harboring_cap(capsys, tmp_path, manual):
    # (a)(3)(C): the limitation of (B) does not apply; (A) 30 does: 40 - 6 = 34 -> 30
    result = calc_json(capsys, _case(tmp_path, _other(40, "harboring_only = true\n"
                                                          "terrorism_exception = true"), manual))
    assert result["total_offense_level"] == 30
    sections = [s["section"] for s in result["steps"]]
    assert "§2X3.1(a)(3)(C)" in sections and "§2X3.1(a)(3)(A)" in sections


def test_terrorism_exception_before_2003_is_refused(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, _other(40, "harboring_only = true\n"
                                                          "terrorism_exception = true"),
                                     "2002-11-01"))
    assert "offense.accessory.terrorism_exception" in err and "Amendment 655" in err


@pytest.mark.parametrize("manual,quantity,dqt,expected", [
    # §2D1.1(c) cocaine, 2016 Manual line 4535 / 2025 DQT: at least 5 but less than 15 kg -> 30
    ("2016", "5 kg", 30, 24), ("2025", "5 kg", 30, 24),
    # 1991 (Amendment 380 era): 5-15 kg cocaine -> 32 (Amendment 125's table)
    ("1991-11-01", "5 kg", 32, 26)])
def test_underlying_drug_offense_through_2d1_1(capsys, tmp_path, manual, quantity, dqt,
                                               expected):
    result = calc_json(capsys, _case(tmp_path, 'underlying_guideline = "2D1.1"', manual,
                                     f'[[offense.drugs]]\nsubstance = "cocaine"\n'
                                     f'quantity = "{quantity}"\n'))
    steps = _chapter_two(result)
    assert steps[0] == ("§2D1.1(c)", dqt) or steps[0][1] == dqt
    assert steps[-1] == (f"§2X3.1{A1.get(manual, '(a)')}", expected)
    assert result["total_offense_level"] == expected


def test_underlying_guideline_with_its_own_table(capsys, tmp_path):
    # §2K2.1 from [offense.firearms] beside [offense.accessory] (applies_facts_of):
    # 2025 §2K2.1(a)(7) 12 (prohibited person: (a)(6) 14) - 6
    result = calc_json(capsys, _case(tmp_path, 'underlying_guideline = "2K2.1"', "2025",
                                     "[offense.firearms]\nprohibited_person = true\n"
                                     "qualifying_prior_felony_convictions = 0\n"))
    steps = _chapter_two(result)
    assert steps[0][0].startswith("§2K2.1(a)")
    assert steps[-1] == ("§2X3.1(a)(1)", steps[-2][1] - 6)


def test_other_without_level_is_refused(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, 'underlying_guideline = "other"', "2025"))
    assert "underlying_offense_level" in err


def test_example_file(capsys):
    # examples/accessory-2x3.1-2016.toml, worked by hand in its comments: 24, 51-63 months
    result = calc_json(capsys, EXAMPLES / "accessory-2x3.1-2016.toml")
    assert _chapter_two(result) == [("§2D1.1(c)(5)", 30), ("§2X3.1(a)(1)", 24)]
    assert result["total_offense_level"] == 24


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(EDITIONS), level=st.integers(1, 59), more=st.integers(1, 20),
       harboring=st.booleans())
def test_a_greater_underlying_level_never_lowers_the_level(manual, level, more, harboring):
    harboring = harboring and manual != EDITIONS[0]

    def total(underlying: int) -> int:
        case = Case.model_validate({
            "manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2X3.1", "accessory": {
                "underlying_guideline": "other", "underlying_offense_level": underlying,
                "harboring_only": harboring}}})
        result = computed(case).result
        assert 4 <= result.total_offense_level <= (20 if harboring else 30)
        return result.total_offense_level
    assert total(level) <= total(min(level + more, 60))


@pytest.mark.parametrize("manual,withheld", [("1992-11-01", False), ("1993-11-01", True),
                                             ("2025", True)])
def test_obstruction_adjustment_withheld_from_1993(capsys, tmp_path, manual, withheld):
    # §3C1.1's note: Amendment 496 (App. C Vol. I lines 15844-15848, Nov. 1, 1993) added
    # §2X3.1 to the offenses to which the adjustment "is not to be applied ... except where a
    # significant further obstruction occurred"; before, it applies as to any offense
    path = _case(tmp_path, _other(30), manual, "[adjustments.obstruction]\n"
                 "obstructed_justice = true\n")
    if withheld:
        err = calc_refused(capsys, path)
        assert "adjustments.obstruction.obstructed_justice" in err
        assert "further_obstruction" in err and "§3C1.1" in err
        allowed = _case(tmp_path, _other(30, "further_obstruction = true"), manual,
                        "[adjustments.obstruction]\nobstructed_justice = true\n")
        assert calc_json(capsys, allowed)["total_offense_level"] == 26
    else:
        assert calc_json(capsys, path)["total_offense_level"] == 26


def test_further_obstruction_before_1993_is_refused(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, _other(30, "further_obstruction = true"),
                                     "1992-11-01"))
    assert "offense.accessory.further_obstruction" in err and "Amendment 496" in err
