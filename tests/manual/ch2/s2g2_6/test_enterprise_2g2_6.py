"""§2G2.6 (Child Exploitation Enterprises) (tables/child_exploitation_enterprise.toml).

Sources (../shared/reference/ussg/): the guideline Amendment 701 inserts, eff. Nov. 1, 2007
(appendix_c_2016/APPENDIX_C_Vol_III.txt lines 8234-8250: (a) 35, (b)(1)(A) +4, (b)(1)(B) +2,
(b)(2)-(4) +2 each), word for word in manual_2016/GLM2016_fulltext.txt lines 6645-6659 and
manual_2025/GLM2025_fulltext.txt lines 11988-12011 (historical notes: Amendment 701 alone,
2016 line 6681, 2025 lines 12056-12057); comment. (n.2(B)) (2016 line 6677): not with §3B1.3.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

EDITIONS = ("2007-11-01", "2009-11-01", "2016", "2018-11-01", "2025")


def _case(manual: str, facts: dict, **adjustments) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2G2.6",
                                            "child_exploitation_enterprise": facts},
                                **({"adjustments": adjustments} if adjustments else {})})


def _levels(manual: str, facts: dict) -> list[tuple[str, int | None]]:
    return [(s.section, s.level) for s in computed(_case(manual, facts)).steps
            if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual", EDITIONS)
def test_base_offense_level_35(manual):
    assert _levels(manual, {}) == [("§2G2.6(a)", 35)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("age,clause,added", [("under_twelve", "(A)", 4),
                                              ("twelve_to_fifteen", "(B)", 2)])
def test_victim_age(manual, age, clause, added):
    assert _levels(manual, {"victim_age": age}) == [("§2G2.6(a)", 35),
                                                    (f"§2G2.6(b)(1){clause}", 35 + added)]


@pytest.mark.parametrize("manual", ["2007-11-01", "2025"])
@pytest.mark.parametrize("key,paragraph", [("custodian", "(b)(2)"), ("conduct_2241", "(b)(3)"),
                                           ("computer", "(b)(4)")])
def test_each_two_level_increase(manual, key, paragraph):
    assert _levels(manual, {key: True}) == [("§2G2.6(a)", 35), (f"§2G2.6{paragraph}", 37)]


def test_all_together_in_order():
    facts = {"victim_age": "under_twelve", "custodian": True, "conduct_2241": True,
             "computer": True}
    assert _levels("2016", facts) == [("§2G2.6(a)", 35), ("§2G2.6(b)(1)(A)", 39),
                                      ("§2G2.6(b)(2)", 41), ("§2G2.6(b)(3)", 43),
                                      ("§2G2.6(b)(4)", 45)]


@pytest.mark.parametrize("role", ["abuse_of_trust", "special_skill"])
def test_custodian_not_with_3b1_3(role):
    with pytest.raises(CaseError) as error:
        computed(_case("2016", {"custodian": True}, role={role: True}))
    assert f"adjustments.role.{role}" in str(error.value)
    assert "do not apply §3B1.3" in str(error.value)


def test_3b1_3_without_custodian_is_allowed():
    steps = computed(_case("2016", {"computer": True}, role={"abuse_of_trust": True})).steps
    assert any(s.section.startswith("§3B1.3") for s in steps)


@pytest.mark.parametrize("manual", ["1987-11-01", "2004-11-01", "2007-05-01"])
def test_refused_before_nov_2007(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, "2G2.6", "child_exploitation_enterprise",
                                         "computer = true", manual))
    assert "§2G2.6" in err and "Amendment 701" in err
    assert "child_exploitation_enterprise.toml" in err


def test_bad_age_names_file_and_field(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2G2.6", "child_exploitation_enterprise",
                                         'victim_age = "sixteen"', "2016"))
    assert "child_exploitation_enterprise.toml" in err
    assert "offense.child_exploitation_enterprise.victim_age" in err


def test_float_or_string_for_bool_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2G2.6", "child_exploitation_enterprise",
                                         'computer = "yes"', "2016"))
    assert "offense.child_exploitation_enterprise.computer" in err


@pytest.mark.parametrize("manual,facts,expected", [
    # 2007 (Amendment 701's text): 35 + (b)(1)(A) 4 + (b)(3) 2 = 41
    ("2007-11-01", 'victim_age = "under_twelve"\nconduct_2241 = true',
     [("§2G2.6(a)", 35), ("§2G2.6(b)(1)(A)", 39), ("§2G2.6(b)(3)", 41)]),
    # 2016: 35 + (b)(2) 2 + (b)(4) 2 = 39
    ("2016", "custodian = true\ncomputer = true",
     [("§2G2.6(a)", 35), ("§2G2.6(b)(2)", 37), ("§2G2.6(b)(4)", 39)]),
])
def test_worked_case_through_the_cli(capsys, tmp_path: Path, manual, facts, expected):
    result = calc_json(capsys, case_file(tmp_path, "2G2.6", "child_exploitation_enterprise",
                                         facts, manual))
    assert chapter_two_steps(result) == expected
    assert result["total_offense_level"] == expected[-1][1]


def test_example_file(capsys):
    # examples/child-exploitation-enterprise-2025.toml, worked by hand: 35 + 2 + 2 = 39;
    # 262-327 months
    result = calc_json(capsys, EXAMPLES / "child-exploitation-enterprise-2025.toml")
    assert chapter_two_steps(result) == [("§2G2.6(a)", 35), ("§2G2.6(b)(1)(B)", 37),
                                         ("§2G2.6(b)(4)", 39)]
    assert result["range"] == {"min_months": 262, "max_months": 327, "life": False}
