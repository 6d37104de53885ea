"""§2N1.2 (Providing False Information or Threatening to Tamper with Consumer Products), every
edition from Nov. 1, 1987 (tables/tampering_threat.toml): (a) 16; extortion through §2B3.2:
before Nov. 1, 1990 (a)(2) "(Apply the greater)", from then (b)(1) "apply §2B3.2" outright
(Amendment 339). Sources (../shared/reference/ussg/): appendix_c_2016/APPENDIX_C_Vol_I.txt
lines 7201-7219 (Amendment 339: the (a) deleted and the (a)-(b) inserted, quoted);
manual_2016/GLM2016_fulltext.txt lines 8577-8581; manual_2025/GLM2025_fulltext.txt lines
15850-15855."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2N1.2", "tampering_threat"
EXTORTION = "[offense.tampering_threat.extortion]"


@pytest.mark.parametrize("manual,paragraph", [("1987-11-01", "(a)(1)"), ("1989-11-01", "(a)(1)"),
                                              ("1990-11-01", "(a)"), ("2025", "(a)")])
def test_base_16(manual, paragraph):
    assert steps(G, KEY, manual) == [(f"§2N1.2{paragraph}", "= 16", 16)]


def test_the_versions_and_their_verification():
    table = load_table(KEY)
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("1990-11-01", "verbatim"), ("2025-11-01", "verbatim")]


@pytest.mark.parametrize("manual,paragraph", [("1989-11-01", "(a)(2)"), ("1990-11-01", "(b)(1)"),
                                              ("2025", "(b)(1)")])
def test_extortion_takes_2b3_2(manual, paragraph):
    assert steps(G, KEY, manual, EXTORTION)[1:] == [
        ("§2B3.2(a)", "= 18", 18), (f"§2N1.2{paragraph}", "→ 18", 18)]


def test_worked_case_1988_era(capsys, tmp_path: Path):
    """Oct. 15, 1988 (derived): a threat to poison, to extort money: the greater of 16 and
    §2B3.2's 18; category VI: 57-71 months."""
    result = calc_json(capsys, write_case(tmp_path, "c1988", case_text(
        G, KEY, "1988-10-15", EXTORTION)))
    assert chapter_two_steps(result) == [("§2N1.2(a)(1)", 16), ("§2B3.2(a)", 18),
                                         ("§2N1.2(a)(2)", 18)]
    assert result["range"] == {"min_months": 57, "max_months": 71, "life": False}


def test_worked_case_2016_era(capsys, tmp_path: Path):
    """2016 (verbatim): a false report of tampering, no extortion: 16; VI: 46-57 months."""
    result = calc_json(capsys, write_case(tmp_path, "c2016", case_text(G, None, "2016")))
    assert chapter_two_steps(result) == [("§2N1.2(a)", 16)]
    assert result["range"] == {"min_months": 46, "max_months": 57, "life": False}


def test_example_file(capsys):
    # examples/tampering-threat-2n1.2-1995.toml: §2B3.2 18 + 2 = 20; category I: 33-41
    result = calc_json(capsys, EXAMPLES / "tampering-threat-2n1.2-1995.toml")
    assert chapter_two_steps(result) == [("§2N1.2(a)", 16), ("§2B3.2(a)", 18),
                                         ("§2B3.2(b)(1)", 20), ("§2N1.2(b)(1)", 20)]
    assert result["range"] == {"min_months": 33, "max_months": 41, "life": False}
