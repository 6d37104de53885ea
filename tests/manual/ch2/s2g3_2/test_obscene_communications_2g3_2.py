"""§2G3.2 (Obscene Telephone Communications for a Commercial Purpose; Broadcasting Obscene
Material) (tables/obscene_communications.toml).

Sources (../shared/reference/ussg/): Nov. 1, 1987: the former §2G3.2 (Obscene or Indecent
Telephone Communications), "(a) Base Offense Level: 6", as Amendment 164 quotes it
(appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3273-3279); from Nov. 1, 1989 (Amendment 164,
lines 3280-3285): (a) 12, (b)(1) +4, (b)(2) "6 plus the offense level from the table at
§2F1.1(b)(1)" (the 2016 text with Amendment 617, APPENDIX_C_Vol_II.txt lines 6626-6627,
undone); from Nov. 1, 2001 "the table in §2B1.1" (manual_2016/GLM2016_fulltext.txt lines
6755-6763, manual_2025/GLM2025_fulltext.txt lines 12210-12224).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.strategies import computed


def _case(manual: str, facts: dict) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "II"},
                                "offense": {"guideline": "2G3.2",
                                            "obscene_communications": facts}})


def _steps(manual: str, facts: dict):
    return [s for s in computed(_case(manual, facts)).steps if s.chapter == "chapter_two"]


def _levels(manual: str, facts: dict) -> list[tuple[str, int | None]]:
    return [(s.section, s.level) for s in _steps(manual, facts)]


@pytest.mark.parametrize("manual,level", [("1987-11-01", 6), ("1988-10-15", 6),
                                          ("1989-11-01", 12), ("2000-11-01", 12),
                                          ("2001-11-01", 12), ("2016", 12), ("2025", 12)])
def test_base_offense_level(manual, level):
    assert _levels(manual, {}) == [("§2G3.2(a)", level)]


@pytest.mark.parametrize("key", ["received_by_minor", "daytime_broadcast", "volume_of_commerce"])
def test_former_guideline_has_no_characteristic(key):
    with pytest.raises(CaseError) as error:
        computed(_case("1988-10-15", {key: "1000" if key == "volume_of_commerce" else True}))
    assert f"obscene_communications.{key}" in str(error.value)
    assert "Amendment 164" in str(error.value)


@pytest.mark.parametrize("facts", [{"received_by_minor": True}, {"daytime_broadcast": True},
                                   {"received_by_minor": True, "daytime_broadcast": True}])
def test_minor_or_broadcast_once(facts):
    assert _levels("2016", facts) == [("§2G3.2(a)", 12), ("§2G3.2(b)(1)", 16)]


@pytest.mark.parametrize("manual,value,result", [
    # from 2015 (Amendment 791's §2B1.1 table): $95,000 add 6 -> 12, not greater than 12;
    # more than $95,000 add 8 -> 14
    ("2016", "95000", None), ("2016", "95001", 14), ("2025", "150001", 16),
    # 2001 (Amendment 617's table): more than $70,000 add 8 -> 14; $70,000 add 6 -> 12
    ("2001-11-01", "70000", None), ("2001-11-01", "70001", 14),
    # 1989-2001 (§2F1.1's table of Amendment 154): more than $70,000 add 6 -> 12; more than
    # $120,000 add 7 -> 13
    ("1989-11-01", "120000", None), ("1995", "120001", 13)])
def test_volume_of_commerce_if_greater(manual, value, result):
    steps = _steps(manual, {"volume_of_commerce": value})
    step = steps[-1]
    assert step.section == "§2G3.2(b)(2)"
    table = "§2F1.1(b)(1)" if manual in ("1989-11-01", "1995") else "§2B1.1(b)(1)"
    assert table in step.reason
    if result is None:
        assert step.change == "not applied" and step.level == 12
    else:
        assert step.level == result


def test_volume_of_commerce_against_the_level_after_b1():
    # 12 + 4 = 16; 6 + 8 (more than $95,000, 2016) = 14 is not greater
    steps = _steps("2016", {"received_by_minor": True, "volume_of_commerce": "100000"})
    assert steps[-1].change == "not applied" and steps[-1].level == 16


def test_volume_of_commerce_float_refused(capsys, tmp_path: Path):
    path = tmp_path / "calls.toml"
    path.write_text('manual = "2016"\n[offense]\nguideline = "2G3.2"\n'
                    '[offense.obscene_communications]\nvolume_of_commerce = 1000.5\n'
                    '[criminal_history]\ncategory = "I"\n')
    err = calc_refused(capsys, path)
    assert "calls.toml" in err and "offense.obscene_communications.volume_of_commerce" in err


@pytest.mark.parametrize("manual,facts,expected", [
    ("1988-10-15", "", [("§2G3.2(a)", 6)]),
    # 1995: 12 + 4; 6 + §2F1.1 more than $500,000 add 10 = 16, not greater: 16
    ("1995", 'daytime_broadcast = true\nvolume_of_commerce = "600000"',
     [("§2G3.2(a)", 12), ("§2G3.2(b)(1)", 16), ("§2G3.2(b)(2)", 16)]),
    # 2016: 12 + 4; 6 + §2B1.1 more than $550,000 add 14 = 20, greater: 20
    ("2016", 'received_by_minor = true\nvolume_of_commerce = "600000"',
     [("§2G3.2(a)", 12), ("§2G3.2(b)(1)", 16), ("§2G3.2(b)(2)", 20)]),
])
def test_worked_case_through_the_cli(capsys, tmp_path: Path, manual, facts, expected):
    path = tmp_path / "calls.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2G3.2"\n'
                    f'[offense.obscene_communications]\n{facts}\n'
                    '[criminal_history]\ncategory = "II"\n')
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == expected
    assert result["total_offense_level"] == expected[-1][1]


def test_example_file(capsys):
    # examples/obscene-communications-2025.toml: 12 + 4 = 16; 6 + 14 = 20 greater: 20;
    # 33-41 months, the 24-month statutory maximum the guideline sentence
    result = calc_json(capsys, EXAMPLES / "obscene-communications-2025.toml")
    assert chapter_two_steps(result) == [("§2G3.2(a)", 12), ("§2G3.2(b)(1)", 16),
                                         ("§2G3.2(b)(2)", 20)]
    assert result["range"] == {"min_months": 33, "max_months": 41, "life": False}
    assert result["statutory_range"] == {"min_months": 24, "max_months": 24, "life": False}
