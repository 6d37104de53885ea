"""§2A6.2 (Stalking or Domestic Violence) (tables/stalking_domestic_violence.toml).

Sources (../shared/reference/ussg/): Nov. 1, 1997: the guideline Amendment 549 inserts
(appendix_c_2016/APPENDIX_C_Vol_I.txt lines 19704-19720: (a) 14, (b)(1) (A)-(D), (c)(1));
Nov. 1, 2001: Amendment 616 (APPENDIX_C_Vol_II.txt lines 5381-5391: (a) 18, (c)(1) "the
commission of another criminal offense"); from Nov. 1, 2014: Amendment 781 (APPENDIX_C_
Supplement.txt lines 2535-2538: (b)(1)(C) strangling or suffocating), the text of
manual_2016/GLM2016_fulltext.txt lines 1979-1989 and manual_2025/GLM2025_fulltext.txt lines
4210-4228.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

# an edition under each version: its base offense level and (b)(1)'s factors
EDITIONS = {"1997-11-01": 14, "2000-11-01": 14, "2001-11-01": 18, "2013-11-01": 18,
            "2014-11-01": 18, "2016": 18, "2025": 18}
ALWAYS = ("court_protection_order", "bodily_injury", "dangerous_weapon", "pattern_of_activity")


def _case(manual: str, facts: dict, **offense) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2A6.2", "stalking": facts,
                                            **offense}})


def _levels(manual: str, facts: dict) -> list[tuple[str, int | None]]:
    return [(s.section, s.level) for s in computed(_case(manual, facts)).steps
            if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual", EDITIONS)
def test_base_offense_level(manual):
    assert _levels(manual, {}) == [("§2A6.2(a)", EDITIONS[manual])]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("count,added", [(1, 2), (2, 4), (4, 4)])  # one; more than one
def test_aggravating_factors_one_or_more(manual, count, added):
    facts = {name: True for name in ALWAYS[:count]}
    base = EDITIONS[manual]
    assert _levels(manual, facts) == [("§2A6.2(a)", base), ("§2A6.2(b)(1)", base + added)]


@pytest.mark.parametrize("manual,letter", [("2013-11-01", "(D)"), ("2014-11-01", "(E)")])
def test_pattern_of_activity_is_lettered_by_edition(manual, letter):
    step = computed(_case(manual, {"pattern_of_activity": True})).steps
    reason = next(s for s in step if s.section == "§2A6.2(b)(1)")
    assert reason.input.startswith(f"{letter} a pattern of activity")


@pytest.mark.parametrize("manual,refused", [("2013-11-01", True), ("2014-11-01", False)])
def test_strangling_from_nov_2014(manual, refused):
    case = _case(manual, {"strangling_or_suffocating": True, "bodily_injury": True})
    if refused:
        with pytest.raises(CaseError) as error:
            computed(case)
        assert "offense.stalking.strangling_or_suffocating" in str(error.value)
        assert "Amendment 781" in str(error.value)
    else:
        assert computed(case).result.total_offense_level == 22


@pytest.mark.parametrize("manual", ["1987-11-01", "1995-11-01", "1997-05-01"])
def test_refused_before_nov_1997(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, "2A6.2", "stalking",
                                         "bodily_injury = true", manual))
    assert "§2A6.2" in err and "Amendment 549" in err and "stalking.toml" in err


@pytest.mark.parametrize("manual", ["1997-11-01", "2001-11-01", "2025"])
@pytest.mark.parametrize("offset", [-1, 0, 1])  # the Part A level below, at, above
def test_cross_reference_if_greater(manual, offset):
    base = EDITIONS[manual] + 2  # with (b)(1)(A)
    level = base + offset
    steps = computed(_case(manual, {"court_protection_order": True,
                                    "cross_reference_guideline": "other",
                                    "cross_reference_offense_level": level})).steps
    step = next(s for s in steps if s.section == "§2A6.2(c)(1)")
    words = ("conduct covered by another offense guideline" if manual == "1997-11-01"
             else "the commission of another criminal offense")
    assert words in step.reason
    if offset > 0:
        assert step.level == level and step.change != "not applied"
    else:
        assert step.change == "not applied"


def test_cross_reference_must_be_part_a(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2A6.2", "stalking",
                                         'cross_reference_guideline = "2B3.1"', "2016"))
    assert "cross_reference_guideline" in err and "Part A" in err


def test_example_file(capsys):
    # examples/stalking-2a6.2-2025.toml, worked by hand: 18 + 4 = 22; 41-51 months
    result = calc_json(capsys, EXAMPLES / "stalking-2a6.2-2025.toml")
    assert chapter_two_steps(result) == [("§2A6.2(a)", 18), ("§2A6.2(b)(1)", 22)]
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}


@pytest.mark.parametrize("manual,expected", [
    # 1997: (a) 14 + (b)(1) one factor 2 = 16; 2001 and 2016: 18 + 2 = 20. §2A2.2 with no
    # findings (its base level, computed by its own package) is below both: (c)(1) is shown
    # not applied
    ("1997-11-01", 16), ("2001-11-01", 20), ("2016", 20)])
def test_worked_stalking_through_the_cli(capsys, tmp_path: Path, manual, expected):
    path = case_file(tmp_path, "2A6.2", "stalking",
                     'pattern_of_activity = true\ncross_reference_guideline = "2A2.2"', manual,
                     "[offense.aggravated_assault]\n")
    result = calc_json(capsys, path)
    steps = chapter_two_steps(result)
    assert steps == [("§2A6.2(a)", expected - 2), ("§2A6.2(b)(1)", expected),
                     ("§2A6.2(c)(1)", expected)]
    note = next(s for s in result["steps"] if s["section"] == "§2A6.2(c)(1)")
    assert note["change"] == "not applied" and "§2A2.2: level" in note["input"]
    assert result["total_offense_level"] == expected


def test_cross_reference_applied_through_the_registry(capsys, tmp_path: Path):
    # 2016: §2A2.2 with a dangerous weapon otherwise used (+4) and serious bodily injury
    # (+5) is computed by its own package; greater than 18 + 2 = 20, so its steps are adopted
    # and (c)(1) moves the level to it
    path = case_file(tmp_path, "2A6.2", "stalking",
                     'dangerous_weapon = true\ncross_reference_guideline = "2A2.2"', "2016",
                     '[offense.aggravated_assault]\nweapon = "dangerous_weapon_otherwise_used"\n'
                     'bodily_injury = "serious_bodily_injury"\n')
    result = calc_json(capsys, path)
    steps = chapter_two_steps(result)
    assert steps[:2] == [("§2A6.2(a)", 18), ("§2A6.2(b)(1)", 20)]
    assert steps[2][0].startswith("§2A2.2(a)")
    level = steps[-1][1]
    assert steps[-1][0] == "§2A6.2(c)(1)" and level > 20 and steps[-2][1] == level
    assert result["total_offense_level"] == level
