"""§2J1.8 (Bribery of Witness), Nov. 1, 1987 - Oct. 31, 1993 (tables/witness_bribery_1987.toml):
(a) 12, (b)(1) +3, (c)(1) §2X3.1 in respect to the criminal offense if greater, as Amendment 481
quotes it where it deletes it (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt
lines 14272-14298), earlier words undoing Amendments 179 (lines 3512-3522) and 33 (lines
448-455). It reads §2J1.3's facts table ([offense.perjury], offense = "witness_bribery")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2J1.8"
KEY = "perjury"
BRIBERY = 'offense = "witness_bribery"'


def _under(level: int) -> str:
    return f'{BRIBERY}\nsubstantial_interference = true\n[offense.perjury.in_respect_to]\n' \
           f'guideline = "other"\noffense_level = {level}'


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-01-15", "1989-11-01", "1992-11-01"])
def test_base_and_substantial_interference(manual):
    # (a) "Base Offense Level: 12"; (b)(1) "increase by 3 levels" in every version
    assert steps(G, KEY, manual, BRIBERY) == [("§2J1.8(a)", "= 12", 12)]
    assert steps(G, KEY, manual, f"{BRIBERY}\nsubstantial_interference = true") == [
        ("§2J1.8(a)", "= 12", 12), ("§2J1.8(b)(1)", "+3", 15)]


@pytest.mark.parametrize("manual", ["1988-01-15", "1990-11-01"])
@pytest.mark.parametrize("underlying, accessory, applied", [
    (20, 14, False), (21, 15, False), (22, 16, True)])  # below, at, above 15
def test_cross_reference_if_greater(manual, underlying, accessory, applied):
    # §2X3.1 (1987-1993): 6 levels lower than the underlying offense's; (c)(1) "if the
    # resulting offense level is greater than that determined above" (15)
    found = steps(G, KEY, manual, _under(underlying))
    last = found[-1]
    assert last[0] == "§2J1.8(c)(1)"
    if applied:
        assert ("§2X3.1(a)", f"= {accessory}", accessory) in found and last[2] == accessory
    else:
        assert last[1] == "not applied" and found[-2] == ("§2J1.8(b)(1)", "+3", 15)


def test_cross_reference_refused_under_the_1987_words(capsys, tmp_path: Path):
    # before Jan. 15, 1988 (c) read "perjury" (a clerical error Amendment 33 corrected)
    err = calc_refused(capsys, write_case(tmp_path, "c87", case_text(G, KEY, "1987-11-01",
                                                                       _under(30))))
    assert "offense.perjury.in_respect_to" in err and "If the conduct was perjury" in err
    assert "Amendment 33" in err and "Traceback" not in err


@pytest.mark.parametrize("manual", ["1993-11-01", "2025-11-01"])
def test_refused_from_amendment_481(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, write_case(tmp_path, "d", case_text(G, KEY, manual, BRIBERY)))
    assert "offense.guideline" in err and "deleted Nov. 1, 1993 by Amendment 481" in err
    assert 'use guideline = "2J1.3"' in err and "Traceback" not in err


def test_bad_input(capsys, tmp_path: Path):
    for facts, field in [('offense = "perjury"', "offense.perjury.offense"),
                         (f"{BRIBERY}\ninjury_or_property_damage = true",
                          "offense.perjury.injury_or_property_damage"),
                         ('offense = "bribe"', "offense.perjury.offense")]:
        err = calc_refused(capsys, write_case(tmp_path, "bad", case_text(G, KEY, "1990", facts)))
        assert field in err and "Traceback" not in err, facts
    err = calc_refused(capsys, write_case(tmp_path, "none", case_text(G, None, "1990")))
    assert "offense.perjury" in err and "reads the facts of §2J1.3 (perjury)" in err


def test_obstruction_of_the_bribery_count(capsys, tmp_path: Path):
    # comment. (n.2): Chapter Three, Part C "does not apply, unless the defendant obstructed
    # the investigation or trial of the witness bribery count"
    more = "[adjustments.obstruction]\nobstructed_justice = true\n"
    text = case_text(G, KEY, "1990", BRIBERY) + more
    err = calc_refused(capsys, write_case(tmp_path, "o", text))
    assert "adjustments.obstruction.obstructed_justice" in err and "witness bribery count" in err
    text = case_text(G, KEY, "1990", f"{BRIBERY}\nobstructed_the_perjury_count = true") + more
    result = calc_json(capsys, write_case(tmp_path, "o2", text))
    assert result["total_offense_level"] == 14  # 12 + §3C1.1's 2


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # 12, +3 = 15; §2X3.1 in respect to a level-24 offense: 18 > 15, adopted; category I:
    # 27-33 months
    result = calc_json(capsys, write_case(tmp_path, "c1990", case_text(
        G, KEY, "1990-11-01", _under(24), category="I")))
    assert chapter_two_steps(result) == [("§2J1.8(a)", 12), ("§2J1.8(b)(1)", 15),
                                         ("§2X3.1(a)", 18), ("§2J1.8(c)(1)", 18)]
    assert result["range"] == {"min_months": 27, "max_months": 33, "life": False}
