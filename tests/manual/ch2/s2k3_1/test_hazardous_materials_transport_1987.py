"""§2K3.1, Nov. 1, 1987 - Oct. 31, 1993 (tables/hazardous_materials_transport_1987.toml): "Apply
the guideline provision for §2Q1.2 (...)", as Amendment 481 quotes it where it deletes it
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 14370-14380): §2Q1.2's
level, from §2Q1.2's facts table ([offense.hazardous_substances]), adopted whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2K3.1"
KEY = "hazardous_substances"


@pytest.mark.parametrize("facts", ["", 'discharge = "ongoing_continuous_or_repetitive"',
                                   "death_or_injury_likely = true\npermit_violation = true",
                                   "simple_recordkeeping_only = true"])
def test_the_level_is_2q1_2s(facts):
    for manual in ("1987-11-01", "1992-11-01"):
        under_2q1_2 = steps("2Q1.2", KEY, manual, facts)
        found = steps(G, KEY, manual, facts)
        assert found[:-1] == under_2q1_2  # §2Q1.2's own steps, then §2K3.1's
        assert found[-1] == ("§2K3.1", f"= {under_2q1_2[-1][2]}", under_2q1_2[-1][2])


@pytest.mark.parametrize("manual", ["1993-11-01", "2025-11-01"])
def test_refused_from_amendment_481(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, write_case(tmp_path, "deleted", case_text(G, None, manual)))
    assert "offense.guideline" in err and "deleted Nov. 1, 1993 by Amendment 481" in err
    assert 'use guideline = "2Q1.2"' in err and "Traceback" not in err


def test_a_fact_1990_lacks_is_refused(capsys, tmp_path: Path):
    # §2Q1.2(b)(7) (Amendment 672, Nov. 1, 2004) is not in the 1990 Manual
    text = case_text(G, KEY, "1990-11-01", "hazmat_conviction = true")
    err = calc_refused(capsys, write_case(tmp_path, "b7", text))
    assert f"offense.{KEY}.hazmat_conviction" in err and "Traceback" not in err
    text = case_text(G, KEY, "1990-11-01", 'discharge = "sometimes"')
    err = calc_refused(capsys, write_case(tmp_path, "bad", text))
    assert f"offense.{KEY}.discharge" in err and "Traceback" not in err


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # §2Q1.2(a) 8, (b)(1)(B) +4, (b)(4) +4 = 16; §2K3.1 adopts 16; category I: 21-27 months
    facts = 'discharge = "otherwise"\npermit_violation = true'
    result = calc_json(capsys, write_case(tmp_path, "c1990", case_text(
        G, KEY, "1990-11-01", facts, category="I")))
    assert chapter_two_steps(result) == [("§2Q1.2(a)", 8), ("§2Q1.2(b)(1)(B)", 12),
                                         ("§2Q1.2(b)(4)", 16), ("§2K3.1", 16)]
    last = next(s for s in result["steps"] if s["section"] == "§2K3.1")
    assert last["title"] == "Offense level (§2Q1.2, as §2K3.1 directs)"  # applies_guideline.py
    assert last["input"] == "the offense under §2Q1.2 ([offense.hazardous_substances]): level 16"
    assert last["reason"].startswith("“Apply the guideline provision for §2Q1.2 (")
    assert result["range"] == {"min_months": 21, "max_months": 27, "life": False}
