"""§2G2.5 (Recordkeeping Offenses Involving the Production of Sexually Explicit Materials;
Failure to Provide Required Marks in Commercial Electronic Email)
(tables/recordkeeping_sexually_explicit.toml): from Nov. 1, 1991 (Amendment 372,
../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 8719-8722, 8743-8746)
"(a) Base Offense Level: 6", (b)(1) apply §2G2.1, (b)(2) apply §2G2.2
(manual_2016/GLM2016_fulltext.txt lines 6629-6637; manual_2025/GLM2025_fulltext.txt lines
11952-11976); not in the Manual before."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed


def _case(manual: str, facts: dict) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2G2.5", "recordkeeping": facts}})


def _levels(manual: str, facts: dict) -> list[tuple[str, int | None]]:
    return [(s.section, s.level) for s in computed(_case(manual, facts)).steps
            if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual", ["1991-11-01", "1995", "2006", "2007-11-01", "2016", "2025"])
def test_base_offense_level_6(manual):
    assert _levels(manual, {}) == [("§2G2.5(a)", 6)]


@pytest.mark.parametrize("manual", ["1987-11-01", "1990-11-01"])
def test_refused_before_nov_1991(manual):
    with pytest.raises(CaseError) as error:
        computed(_case(manual, {}))
    assert "offense.guideline" in str(error.value) and "Amendment 372" in str(error.value)


@pytest.mark.parametrize("manual,first", [
    # §2G2.1: 25 (1991), 32 (2016), applied in place of 6
    ("1991-11-01", ("§2G2.1(a)", 25)), ("2016", ("§2G2.1(a)", 32))])
def test_production_cross_reference(manual, first):
    steps = _levels(manual, {"production": {}})
    assert steps[0] == ("§2G2.5(a)", 6) and steps[1] == first
    assert steps[-1] == ("§2G2.5(b)(1)", first[1])


@pytest.mark.parametrize("manual,level", [("1991-11-01", 13), ("1996-11-01", 17),
                                          ("2016", 22)])
def test_trafficking_cross_reference(manual, level):
    # §2G2.2's base level for a § 2252(a)(2) conviction: 13 (1991), 17 (1996), 22 (2016)
    steps = _levels(manual, {"trafficking": {"convicted_under": "2252(a)(2)"}})
    assert steps[-1] == ("§2G2.5(b)(2)", level)


def test_both_cross_references_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(
        tmp_path, "2G2.5", "recordkeeping", "", "2016",
        '[offense.recordkeeping.production]\n[offense.recordkeeping.trafficking]\n'
        'convicted_under = "2252(a)(2)"\n'))
    assert "recordkeeping.toml" in err and "offense.recordkeeping" in err


def test_refused_through_the_cli(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2G2.5", "recordkeeping", "", "1990-11-01"))
    assert "recordkeeping.toml" in err and "Amendment 372" in err


@pytest.mark.parametrize("manual,expected", [
    ("1991-11-01", [("§2G2.5(a)", 6)]),
    ("2025", [("§2G2.5(a)", 6)])])
def test_worked_case_through_the_cli(capsys, tmp_path: Path, manual, expected):
    result = calc_json(capsys, case_file(tmp_path, "2G2.5", "recordkeeping", "", manual))
    assert chapter_two_steps(result) == expected
    assert result["total_offense_level"] == 6


def test_example_file(capsys):
    # examples/recordkeeping-2016.toml: (b)(1) §2G2.1 32 + (b)(1)(B) 2 = 34, in place of 6;
    # 151-188 months
    result = calc_json(capsys, EXAMPLES / "recordkeeping-2016.toml")
    assert chapter_two_steps(result) == [("§2G2.5(a)", 6), ("§2G2.1(a)", 32),
                                         ("§2G2.1(b)(1)(B)", 34), ("§2G2.5(b)(1)", 34)]
    assert result["range"] == {"min_months": 151, "max_months": 188, "life": False}
