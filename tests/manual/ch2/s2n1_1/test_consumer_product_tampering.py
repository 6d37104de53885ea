"""§2N1.1 (Tampering or Attempting to Tamper Involving Risk of Death or Bodily Injury), every
edition from Nov. 1, 1987 (tables/consumer_product_tampering.toml): (a) 25; 1990-1991 (b)(1)
extortion into §2B3.2 if greater (Amendment 338); from Nov. 1, 1991 (Amendment 376) (b)(1)
injury +4/+2/+3, (c)(1) death into §2A1.1/§2A1.2 outright, (c)(2) §2A2.1 and (c)(3) §2B3.2 if
greater, (d)(1) a note.

Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8545-8561;
manual_2025/GLM2025_fulltext.txt lines 15792-15823; appendix_c_2016/APPENDIX_C_Vol_I.txt lines
7191-7198 (Amendment 338) and 9082-9113 (Amendment 376)."""

from __future__ import annotations


import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2N1.1", "consumer_product_tampering"
EXTORTION = "[offense.consumer_product_tampering.extortion]"
ATTEMPT = "[offense.consumer_product_tampering.attempted_murder]"
BIG_EXTORTION = f'{EXTORTION}\nweapon = "firearm_discharged"\namount_demanded = "$5,000,000"'
NOTE_D = ("§2N1.1(d)(1)", "not applied")


@pytest.mark.parametrize("manual", ["1987-11-01", "1990-11-01", "1991-11-01", "2023-11-01",
                                    "2025"])
def test_base_25(manual):
    assert steps(G, KEY, manual) == [("§2N1.1(a)", "= 25", 25)]


def test_the_versions_and_their_verification():
    table = load_table(KEY)
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("1990-11-01", "derived"), ("1991-11-01", "verbatim"),
        ("2023-11-01", "derived"), ("2025-11-01", "verbatim")]


@pytest.mark.parametrize("manual", ["1991-11-01", "2025"])
@pytest.mark.parametrize("injury,clause,change,level", [
    ("permanent_or_life_threatening", "(A)", "+4", 29),
    ("serious", "(B)", "+2", 27),
    ("between", "(C)", "+3", 28),
])
def test_b1_injury(manual, injury, clause, change, level):
    got = steps(G, KEY, manual, f'injury = "{injury}"')
    assert got[:2] == [("§2N1.1(a)", "= 25", 25), (f"§2N1.1(b)(1){clause}", change, level)]
    assert got[2][:2] == NOTE_D  # (d)(1) said, not applied


@pytest.mark.parametrize("death,other,level_1991,level_2025", [
    ("intentional_or_knowing", "2A1.1", 43, 43),
    ("other", "2A1.2", 33, 38),
])
def test_c1_death_replaces_the_level(death, other, level_1991, level_2025):
    for manual, level in (("1991-11-01", level_1991), ("2025", level_2025)):
        got = steps(G, KEY, manual, f'death = "{death}"')
        assert got[1][0] == f"§{other}(a)" and got[2] == ("§2N1.1(c)(1)", f"→ {level}", level)


def test_c2_attempted_murder_if_greater():
    got = steps(G, KEY, "1991-11-01", f"{ATTEMPT}\nobject_first_degree_murder = true")
    assert got[-2:-1] == [("§2N1.1(c)(2)", "→ 28", 28)]
    got = steps(G, KEY, "2025", f'injury = "permanent_or_life_threatening"\n{ATTEMPT}')
    assert ("§2N1.1(c)(2)", "not applied", 29) in got


@pytest.mark.parametrize("manual,paragraph,big", [("1990-11-01", "(b)(1)", 30),
                                                  ("1991-11-01", "(c)(3)", 31),
                                                  ("2025", "(c)(3)", 30)])
def test_extortion_if_greater(manual, paragraph, big):
    """§2B3.2 at 18 is not greater than 25; with a discharged firearm and a $5 million
    demand it is 30 (31 under the 1991 §2B3.2), greater."""
    assert steps(G, KEY, manual, EXTORTION)[-1] == (f"§2N1.1{paragraph}", "not applied", 25)
    assert steps(G, KEY, manual, BIG_EXTORTION)[-1] == (f"§2N1.1{paragraph}", f"→ {big}", big)


def test_no_d1_note_without_death_injury_or_attempt():
    assert NOTE_D not in [s[:2] for s in steps(G, KEY, "2025", BIG_EXTORTION)]


@pytest.mark.parametrize("line,manual,field,amendment", [
    ('injury = "serious"', "1990-11-01", "injury", "376"),
    ('death = "other"', "1990-11-01", "death", "376"),
    (ATTEMPT, "1989-11-01", "attempted_murder", "376"),
    (EXTORTION, "1989-11-01", "extortion", "338"),
])
def test_refused_before_the_amendment(capsys, tmp_path, line, manual, field, amendment):
    path = write_case(tmp_path, "c", case_text(G, KEY, manual, line))
    err = calc_refused(capsys, path)
    assert str(path) in err and f"consumer_product_tampering.{field}" in err
    assert f"Amendment {amendment}" in err and "Traceback" not in err


def test_worked_case_1988_era(capsys, tmp_path):
    """Oct. 15, 1988 (derived): 25 alone; category VI: 110-137 months."""
    result = calc_json(capsys, write_case(tmp_path, "c1988", case_text(G, KEY, "1988-10-15")))
    assert chapter_two_steps(result) == [("§2N1.1(a)", 25)]
    assert result["range"] == {"min_months": 110, "max_months": 137, "life": False}


def test_worked_case_1990_era(capsys, tmp_path):
    """Nov. 1, 1990 (derived): extortion with a discharged firearm and a $5 million demand:
    §2B3.2 18 + 7 + 5 = 30 > 25; category VI: 168-210 months."""
    result = calc_json(capsys, write_case(tmp_path, "c1990", case_text(
        G, KEY, "1990-11-01", BIG_EXTORTION)))
    assert chapter_two_steps(result) == [
        ("§2N1.1(a)", 25), ("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 25), ("§2B3.2(b)(2)(A)", 30),
        ("§2N1.1(b)(1)", 30)]
    assert result["range"] == {"min_months": 168, "max_months": 210, "life": False}


def test_worked_case_1995_era(capsys, tmp_path):
    """Nov. 1, 1995 (verbatim): a death, not intended: §2A1.2 33 replaces 25 + 4; VI:
    235-293 months."""
    result = calc_json(capsys, write_case(tmp_path, "c1995", case_text(
        G, KEY, "1995", 'injury = "permanent_or_life_threatening"\ndeath = "other"')))
    assert chapter_two_steps(result) == [
        ("§2N1.1(a)", 25), ("§2N1.1(b)(1)(A)", 29), ("§2A1.2(a)", 33), ("§2N1.1(c)(1)", 33),
        ("§2N1.1(d)(1)", 33)]
    assert result["range"] == {"min_months": 235, "max_months": 293, "life": False}


def test_worked_case_2023_era(capsys, tmp_path):
    """Nov. 1, 2023 (derived): serious bodily injury: 27; category VI: 130-162 months."""
    result = calc_json(capsys, write_case(tmp_path, "c2023", case_text(
        G, KEY, "2023-11-01", 'injury = "serious"')))
    assert chapter_two_steps(result) == [("§2N1.1(a)", 25), ("§2N1.1(b)(1)(B)", 27),
                                         ("§2N1.1(d)(1)", 27)]
    assert result["range"] == {"min_months": 130, "max_months": 162, "life": False}


def test_example_file(capsys):
    # examples/consumer-product-tampering-2n1.1-2025.toml: 25 + 2 = 27, - 3 = 24; I: 51-63
    result = calc_json(capsys, EXAMPLES / "consumer-product-tampering-2n1.1-2025.toml")
    assert chapter_two_steps(result) == [("§2N1.1(a)", 25), ("§2N1.1(b)(1)(B)", 27),
                                         ("§2N1.1(d)(1)", 27)]
    assert result["total_offense_level"] == 24
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}
