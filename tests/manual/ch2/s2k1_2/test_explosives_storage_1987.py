"""§2K1.2, Nov. 1, 1987 - Oct. 31, 1993 (tables/explosives_storage_1987.toml): "(a) Base Offense Level:
6", as Amendment 481 quotes it where it deletes it (../shared/reference/ussg/appendix_c_2016/
APPENDIX_C_Vol_I.txt lines 14307-14314); refused from Nov. 1, 1993 (§2K1.1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2K1.2"


@pytest.mark.parametrize("manual", ["1987-11-01", "1992-11-01"])
def test_base_6(manual):
    # "(a) Base Offense Level: 6" in every edition it is in
    assert steps(G, None, manual) == [("§2K1.2(a)", "= 6", 6)]


@pytest.mark.parametrize("manual", ["1993-11-01", "2025-11-01"])
def test_refused_from_amendment_481(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, write_case(tmp_path, "deleted", case_text(G, None, manual)))
    assert "offense.guideline" in err and "deleted Nov. 1, 1993 by Amendment 481" in err
    assert 'use guideline = "2K1.1"' in err and "Traceback" not in err


def test_facts_table_refused(capsys, tmp_path: Path):
    # §2K1.2 has no facts of its own: a table of another guideline's facts is an error
    text = case_text(G, "defense_information_transmitting", "1990-11-01", "top_secret = true")
    err = calc_refused(capsys, write_case(tmp_path, "facts", text))
    assert "defense_information_transmitting" in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 6; category VI: 12-18 months
    result = calc_json(capsys, write_case(tmp_path, "c1987",
                                          case_text(G, None, "1987-11-01", category="VI")))
    assert chapter_two_steps(result) == [("§2K1.2(a)", 6)]
    assert result["total_offense_level"] == 6
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}
