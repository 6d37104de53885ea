"""§2E1.1 (Unlawful Conduct Relating to Racketeer Influenced and Corrupt Organizations)
(tables/racketeering_rico.toml).

Sources (../shared/reference/ussg/): (a) "Base Offense Level (Apply the greater): (1) 19; or
(2) the offense level applicable to the underlying racketeering activity":
manual_2016/GLM2016_fulltext.txt lines 5941-5945, manual_2025/GLM2025_fulltext.txt lines
10533-10537; never amended (26 and 142: commentary; 836: Note 4's departure sentence). Note 1:
1987 as Amendment 26 quotes it (appendix_c_2016/APPENDIX_C_Vol_I.txt lines 358-363), from
June 15, 1988 as it inserts it (lines 364-368).
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

# one edition under each version of the table
EDITIONS = ("1987-11-01", "1988-06-15", "1990-11-01", "2016", "2025")


def _case(manual: str, facts: dict, adjustments: dict | None = None, **offense) -> Case:
    data = {"manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2E1.1", "racketeering": facts, **offense}}
    if adjustments:
        data["adjustments"] = adjustments
    return Case.model_validate(data)


def _other(level: int, **more) -> dict:
    return {"underlying_guideline": "other", "underlying_offense_level": level, **more}


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("underlying,expected,chosen", [
    (18, 19, "(a)(1)"),   # just below 19: (a)(1), comment. (n.3)
    (19, 19, "(a)(1)"),   # at 19: equal, (a)(1) stands (the same level either way)
    (20, 20, "(a)(2)")])  # just above: (a)(2)
def test_the_greater_of_19_and_the_underlying_activity(manual, underlying, expected, chosen):
    computation = computed(_case(manual, _other(underlying)))
    assert computation.result.total_offense_level == expected
    steps = [s for s in computation.steps if s.chapter == "chapter_two"]
    assert (steps[0].section, steps[0].level) == (f"§2E1.1{chosen}", expected)
    other = "(a)(2)" if chosen == "(a)(1)" else "(a)(1)"
    assert steps[1].section == f"§2E1.1{other}" and steps[1].change == "set aside"


def test_example_file(capsys):
    # examples/rico-2025.toml, worked by hand: §2D1.1 24 > 19; -3: 21, 37-46 months
    result = calc_json(capsys, EXAMPLES / "rico-2025.toml")
    assert chapter_two_steps(result) == [("§2D1.1(c)(8)", 24), ("§2E1.1(a)(2)", 24),
                                         ("§2E1.1(a)(1)", 24)]
    assert result["total_offense_level"] == 21
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}


@pytest.mark.parametrize("manual,quantity,dqt,expected", [
    # 1987 Drug Quantity Table (tables/drug_quantity_table/DQT_1987-11-01_original_table_
    # verbatim.txt lines 37-42): cocaine .5-1.9 KG -> Level 26 (>19);
    # 2025 (GLM2025_fulltext.txt lines 8204-8205): "At least 50 G but less than 100 G of
    # Cocaine" -> 14: (a)(1) 19
    ("1987-11-01", "500 g", 26, 26), ("2025", "50 g", 14, 19)])
def test_worked_drug_racketeering_through_the_cli(capsys, tmp_path: Path, manual, quantity,
                                                  dqt, expected):
    path = case_file(tmp_path, "2E1.1", "racketeering", 'underlying_guideline = "2D1.1"',
                     manual, f'[[offense.drugs]]\nsubstance = "cocaine"\n'
                             f'quantity = "{quantity}"\n')
    result = calc_json(capsys, path)
    steps = chapter_two_steps(result)
    if expected > 19:
        assert steps[0][0].startswith("§2D1.1(c)") and steps[0][1] == dqt
        assert steps[1:] == [("§2E1.1(a)(2)", expected), ("§2E1.1(a)(1)", expected)]
    else:  # the §2D1.1 steps are set aside: only §2E1.1's are on the worksheet
        assert steps == [("§2E1.1(a)(1)", 19), ("§2E1.1(a)(2)", 19)]
        assert any(f"§2D1.1: level {dqt}" in s["input"] for s in result["steps"])
    assert result["total_offense_level"] == expected


def test_more_than_one_underlying_offense_is_refused(capsys, tmp_path: Path):
    # comment. (n.1): "treat each underlying offense as if contained in a separate count of
    # conviction": not done within one count, refused naming the field
    path = case_file(tmp_path, "2E1.1", "racketeering",
                     'underlying_guideline = "other"\nunderlying_offense_level = 22\n'
                     'underlying_offenses = 2', "2016")
    err = calc_refused(capsys, path)
    assert "offense.racketeering.underlying_offenses" in err and "separate count" in err


def test_part_a_underlying_below_19_with_an_official_victim_is_refused():
    # §2A2.3(a)(2) (2025): 4; (a)(1) 19 chosen at Chapter Two, but §3A1.2(b) reads a Part A
    # guideline only under (a)(2): comment. (n.1)'s comparison after Chapter Three is not made
    from ussg.guidelines.engine.errors import CaseError
    with pytest.raises(CaseError) as error:
        computed(_case("2025", {"underlying_guideline": "2A2.3"},
                       {"victim": {"official_victim": "status"}}, assault={}))
    assert "offense.racketeering.underlying_guideline" in str(error.value)
    assert "§3A1.2(b)" in str(error.value)


def test_other_without_level_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2E1.1", "racketeering",
                                         'underlying_guideline = "other"', "2025"))
    assert "underlying_offense_level" in err


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(EDITIONS), level=st.integers(1, 59), more=st.integers(1, 20))
def test_a_greater_underlying_level_never_lowers_the_level(manual, level, more):
    def total(underlying: int) -> int:
        result = computed(_case(manual, _other(underlying))).result
        assert 19 <= result.total_offense_level and 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert total(level) <= total(min(level + more, 60))
