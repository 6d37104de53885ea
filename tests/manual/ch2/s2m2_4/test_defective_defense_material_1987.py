"""§2M2.4, Nov. 1, 1987 - Oct. 31, 1993 (tables/defective_defense_material_1987.toml): "(a) Base Offense Level:
26", as Amendment 481 quotes it where it deletes it (../shared/reference/ussg/appendix_c_2016/
APPENDIX_C_Vol_I.txt lines 14443-14447); refused from Nov. 1, 1993 (§2M2.3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2M2.4"


@pytest.mark.parametrize("manual", ["1987-11-01", "1992-11-01"])
def test_base_26(manual):
    # "(a) Base Offense Level: 26" in every edition it is in
    assert steps(G, None, manual) == [("§2M2.4(a)", "= 26", 26)]


@pytest.mark.parametrize("manual", ["1993-11-01", "2025-11-01"])
def test_refused_from_amendment_481(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, write_case(tmp_path, "deleted", case_text(G, None, manual)))
    assert "offense.guideline" in err and "deleted Nov. 1, 1993 by Amendment 481" in err
    assert 'use guideline = "2M2.3"' in err and "Traceback" not in err


def test_facts_table_refused(capsys, tmp_path: Path):
    # §2M2.4 has no facts of its own: a table of another guideline's facts is an error
    text = case_text(G, "defense_information_transmitting", "1990-11-01", "top_secret = true")
    err = calc_refused(capsys, write_case(tmp_path, "facts", text))
    assert "defense_information_transmitting" in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 26; category I: 63-78 months
    result = calc_json(capsys, write_case(tmp_path, "c1987",
                                          case_text(G, None, "1987-11-01", category="I")))
    assert chapter_two_steps(result) == [("§2M2.4(a)", 26)]
    assert result["total_offense_level"] == 26
    assert result["range"] == {"min_months": 63, "max_months": 78, "life": False}
