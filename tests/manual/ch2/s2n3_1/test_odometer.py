"""§2N3.1 (Odometer Laws and Regulations), every edition from Nov. 1, 1987
(tables/odometer.toml): (a) 6; more than one vehicle: §2F1.1 ((b) before Nov. 1, 1989, (b)(1)
from then, Amendment 199), §2B1.1 from Nov. 1, 2001 (Amendment 617), outright.

Sources (../shared/reference/ussg/): appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3917-3928
(Amendment 199: the (b) deleted and the (b)(1) inserted, quoted); APPENDIX_C_Vol_II.txt lines
6664-6665 (617); manual_2016/GLM2016_fulltext.txt lines 8653-8657; manual_2025/
GLM2025_fulltext.txt lines 15954-15962."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2N3.1", "odometer"
FRAUD = '[offense.odometer.vehicles_fraud]\nloss = "$100,000"'
THEFT_FRAUD = '[offense.odometer.vehicles_theft_fraud]\nloss = "$100,000"'
MAX = "statutory_maximum_months = 36\n"


@pytest.mark.parametrize("manual", ["1987-11-01", "1989-11-01", "2001-11-01", "2025"])
def test_base_6(manual):
    assert steps(G, KEY, manual) == [("§2N3.1(a)", "= 6", 6)]


def test_the_versions_and_their_verification():
    table = load_table(KEY)
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("1989-11-01", "derived"), ("2001-11-01", "verbatim")]


@pytest.mark.parametrize("manual,facts,more,paragraph,loss_step", [
    ("1988-10-15", FRAUD, "", "(b)", ("§2F1.1(b)(1)(F)", "+5", 11)),
    ("1989-11-01", FRAUD, "", "(b)(1)", ("§2F1.1(b)(1)(G)", "+6", 12)),
    ("2000", FRAUD, "", "(b)(1)", ("§2F1.1(b)(1)(G)", "+6", 12)),
    ("2001-11-01", THEFT_FRAUD, "", "(b)(1)", ("§2B1.1(b)(1)(E)", "+8", 14)),
    ("2025", THEFT_FRAUD, MAX, "(b)(1)", ("§2B1.1(b)(1)(E)", "+8", 14)),
])
def test_more_than_one_vehicle(manual, facts, more, paragraph, loss_step):
    got = steps(G, KEY, manual, facts, more=more)
    assert got[2] == loss_step
    assert got[3] == (f"§2N3.1{paragraph}", f"→ {loss_step[2]}", loss_step[2])


@pytest.mark.parametrize("line,manual,field,words", [
    (FRAUD, "2001-11-01", "vehicles_fraud", "give vehicles_theft_fraud"),
    (THEFT_FRAUD, "2000", "vehicles_theft_fraud", "give vehicles_fraud"),
    (f"{FRAUD}\n{THEFT_FRAUD}", "2000", "odometer", "give one"),
])
def test_refused(capsys, tmp_path, line, manual, field, words):
    path = write_case(tmp_path, "c", case_text(G, KEY, manual, line))
    err = calc_refused(capsys, path)
    assert str(path) in err and field in err and words in err and "Traceback" not in err


def test_worked_case_1988_era(capsys, tmp_path: Path):
    """Oct. 15, 1988 (derived): many cars, $100,000: §2F1.1 6 + 5 = 11; VI: 27-33 months."""
    result = calc_json(capsys, write_case(tmp_path, "c1988", case_text(
        G, KEY, "1988-10-15", FRAUD)))
    assert chapter_two_steps(result) == [("§2N3.1(a)", 6), ("§2F1.1(a)", 6),
                                         ("§2F1.1(b)(1)(F)", 11), ("§2N3.1(b)", 11)]
    assert result["range"] == {"min_months": 27, "max_months": 33, "life": False}


def test_worked_case_2010_era(capsys, tmp_path: Path):
    """Nov. 1, 2010 (verbatim): one car: 6; category VI: 12-18 months."""
    result = calc_json(capsys, write_case(tmp_path, "c2010", case_text(G, None, "2010")))
    assert chapter_two_steps(result) == [("§2N3.1(a)", 6)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


def test_example_file(capsys):
    # examples/odometer-2n3.1-1995.toml: §2F1.1 6 + 6 + 2 (forty buyers: "a scheme to
    # defraud more than one victim", §2F1.1(b)(2)(B), which the example of round 13 left out)
    # = 14; category I: 15-21 months
    result = calc_json(capsys, EXAMPLES / "odometer-2n3.1-1995.toml")
    assert chapter_two_steps(result) == [("§2N3.1(a)", 6), ("§2F1.1(a)", 6),
                                         ("§2F1.1(b)(1)(G)", 12), ("§2F1.1(b)(2)", 14),
                                         ("§2N3.1(b)(1)", 14)]
    assert result["range"] == {"min_months": 15, "max_months": 21, "life": False}
