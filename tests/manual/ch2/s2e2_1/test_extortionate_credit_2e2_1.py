"""§2E2.1 (Making or Financing an Extortionate Extension of Credit; Collecting an Extension of
Credit by Extortionate Means) by edition (tables/extortionate_credit.toml).

Sources (../shared/reference/ussg/): appendix_c_2016/APPENDIX_C_Vol_I.txt lines 2994-3016
(Amendments 146-148, 1989), 10574-10583 (398, 1991), 13903-13916 (479, 1993);
APPENDIX_C_Vol_II.txt line 3021 (601, 2000); manual_2016/GLM2016_fulltext.txt lines
6035-6089; manual_2025/GLM2025_fulltext.txt lines 10691-10772.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

EDITIONS = ["1987-11-01", "1989-11-01", "1991-11-01", "1993-11-01", "2000-11-01", "2016",
            "2025"]


def steps(manual: str, **facts) -> list[tuple[str, int]]:
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2E2.1",
                                            "extortionate_credit": facts}})
    return [(s.section, s.level) for s in computed(case).steps if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual", EDITIONS)
def test_base_20(manual):
    assert steps(manual) == [("§2E2.1(a)", 20)]


# (b)(1): (A) +5, (B) +4, (C) +3 in every edition (GLM2016 lines 6041-6045)
@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("weapon,clause,levels", [
    ("firearm_discharged", "(A)", 5), ("firearm_otherwise_used", "(B)", 4),
    ("dangerous_weapon_otherwise_used", "(B)", 4), ("firearm_brandished_or_possessed", "(C)", 3),
    ("dangerous_weapon_brandished_or_possessed", "(C)", 3)])
def test_weapon(manual, weapon, clause, levels):
    assert steps(manual, weapon=weapon) == [("§2E2.1(a)", 20),
                                            (f"§2E2.1(b)(1){clause}", 20 + levels)]


# (b)(2): (A) 2, (B) 4, (C) 6; (D) 3 and (E) 5 from Nov. 1, 1989 (Amendment 147)
@pytest.mark.parametrize("manual", EDITIONS[1:])
@pytest.mark.parametrize("injury,clause,levels", [
    ("bodily_injury", "(A)", 2), ("between_bodily_and_serious", "(D)", 3),
    ("serious_bodily_injury", "(B)", 4), ("between_serious_and_permanent", "(E)", 5),
    ("permanent_or_life_threatening", "(C)", 6)])
def test_bodily_injury(manual, injury, clause, levels):
    assert steps(manual, bodily_injury=injury) == [("§2E2.1(a)", 20),
                                                   (f"§2E2.1(b)(2){clause}", 20 + levels)]


@pytest.mark.parametrize("injury", ["between_bodily_and_serious", "between_serious_and_permanent"])
def test_between_degrees_refused_in_1987(capsys, tmp_path: Path, injury):
    err = calc_refused(capsys, case_file(tmp_path, "2E2.1", "extortionate_credit",
                                         f'bodily_injury = "{injury}"', "1988-10-15"))
    assert "offense.extortionate_credit.bodily_injury" in err and injury in err


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15"])
def test_1987_three_degrees(manual):
    assert steps(manual, bodily_injury="serious_bodily_injury") == [
        ("§2E2.1(a)", 20), ("§2E2.1(b)(2)(B)", 24)]


# the proviso: (1) and (2) together at most 9 levels: 5 + 4 = 9 (at), 5 + 5 = 10 (over),
# 4 + 4 = 8 (below), 5 + 6 = 11 (over by 2)
@pytest.mark.parametrize("manual", ["1989-11-01", "2016", "2025"])
@pytest.mark.parametrize("weapon,injury,expected", [
    ("dangerous_weapon_otherwise_used", "serious_bodily_injury",
     [("§2E2.1(b)(1)(B)", 24), ("§2E2.1(b)(2)(B)", 28)]),
    ("firearm_discharged", "serious_bodily_injury",
     [("§2E2.1(b)(1)(A)", 25), ("§2E2.1(b)(2)(B)", 29)]),
    ("firearm_discharged", "between_serious_and_permanent",
     [("§2E2.1(b)(1)(A)", 25), ("§2E2.1(b)(2)(E)", 30), ("§2E2.1(b)(2)", 29)]),
    ("firearm_discharged", "permanent_or_life_threatening",
     [("§2E2.1(b)(1)(A)", 25), ("§2E2.1(b)(2)(C)", 31), ("§2E2.1(b)(2)", 29)])])
def test_the_cap_of_9_levels(manual, weapon, injury, expected):
    assert steps(manual, weapon=weapon, bodily_injury=injury) == [("§2E2.1(a)", 20)] + expected


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("found,clause,levels", [("abducted", "(A)", 4),
                                                 ("physically_restrained", "(B)", 2)])
def test_abduction_or_restraint(manual, found, clause, levels):
    assert steps(manual, abduction_or_restraint=found) == [
        ("§2E2.1(a)", 20), (f"§2E2.1(b)(3){clause}", 20 + levels)]


def test_the_words_by_edition():
    def reason(manual: str, section: str, **facts) -> str:
        case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                    "offense": {"guideline": "2E2.1",
                                                "extortionate_credit": facts}})
        return next(s.reason for s in computed(case).steps if s.section == section)
    w = {"weapon": "dangerous_weapon_brandished_or_possessed"}
    assert "a firearm or other dangerous weapon was brandished, displayed, or possessed" in \
        reason("1987-11-01", "§2E2.1(b)(1)(C)", **w)
    assert "(including a firearm) was brandished, displayed, or possessed" in \
        reason("1998-11-01", "§2E2.1(b)(1)(C)", **w)
    assert "(including a firearm) was brandished or possessed" in \
        reason("2000-11-01", "§2E2.1(b)(1)(C)", **w)
    assert "an escape from the scene of the crime" in \
        reason("1990-11-01", "§2E2.1(b)(3)(A)", abduction_or_restraint="abducted")
    assert "to facilitate escape" in \
        reason("1991-11-01", "§2E2.1(b)(3)(A)", abduction_or_restraint="abducted")
    assert "to convey a specific (not general) threat of harm" in \
        reason("2025", "§2E2.1(b)(1)(B)", weapon="firearm_otherwise_used")
    assert "freedom of movement was restricted" in \
        reason("2025", "§2E2.1(b)(3)(B)", abduction_or_restraint="physically_restrained")


@pytest.mark.parametrize("manual", ["1993-11-01", "2016", "2025"])
def test_murder_cross_reference(manual):
    assert steps(manual, weapon="firearm_discharged", victim_murdered=True)[-1] == \
        ("§2E2.1(c)(1)", 43)


def test_murder_cross_reference_refused_before_1993(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2E2.1", "extortionate_credit",
                                         "victim_murdered = true", "1992-11-01"))
    assert "offense.extortionate_credit.victim_murdered" in err and "479" in err


def test_refused_while_amendment_831_is_unread(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2E2.1", "extortionate_credit", "",
                                         "2024-11-01"))
    assert "§2E2.1" in err


def test_restraint_not_counted_twice(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(
        tmp_path, "2E2.1", "extortionate_credit", 'abduction_or_restraint = "physically_restrained"',
        "2016", "[adjustments.victim]\nrestrained = true\n"))
    assert "adjustments.victim.restrained" in err and "§2E2.1(b)(3)(B)" in err


def test_unknown_weapon_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2E2.1", "extortionate_credit",
                                         'weapon = "preparation_or_ability"', "2016"))
    assert "offense.extortionate_credit.weapon" in err


@pytest.mark.parametrize("manual,facts,expected,months", [
    ("1988-10-15", 'weapon = "firearm_otherwise_used"\nbodily_injury = "permanent_or_life_threatening"',
     [("§2E2.1(a)", 20), ("§2E2.1(b)(1)(B)", 24), ("§2E2.1(b)(2)(C)", 30), ("§2E2.1(b)(2)", 29)],
     (87, 108)),
    ("1995-11-01", 'abduction_or_restraint = "abducted"\nbodily_injury = "bodily_injury"',
     [("§2E2.1(a)", 20), ("§2E2.1(b)(2)(A)", 22), ("§2E2.1(b)(3)(A)", 26)], (63, 78)),
    ("2025", 'weapon = "dangerous_weapon_brandished_or_possessed"',
     [("§2E2.1(a)", 20), ("§2E2.1(b)(1)(C)", 23)], (46, 57))])
def test_a_worked_case_per_era(capsys, tmp_path: Path, manual, facts, expected, months):
    result = calc_json(capsys, case_file(tmp_path, "2E2.1", "extortionate_credit", facts, manual))
    assert chapter_two_steps(result) == expected
    assert (result["range"]["min_months"], result["range"]["max_months"]) == months


def test_example_file(capsys):
    # examples/extortionate-credit-2e2.1-2016.toml: 20 + 5 + 4 (= the cap, not over) + 2 = 31
    result = calc_json(capsys, EXAMPLES / "extortionate-credit-2e2.1-2016.toml")
    assert chapter_two_steps(result) == [("§2E2.1(a)", 20), ("§2E2.1(b)(1)(A)", 25),
                                         ("§2E2.1(b)(2)(B)", 29), ("§2E2.1(b)(3)(B)", 31)]
    assert result["range"] == {"min_months": 108, "max_months": 135, "life": False}
