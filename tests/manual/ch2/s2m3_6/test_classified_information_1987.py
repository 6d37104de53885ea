"""§§2M3.6-2M3.8, Nov. 1, 1987 - Oct. 31, 1993 (tables/cryptographic_disclosure_1987.toml,
classified_disclosure_by_employee_1987.toml, classified_receipt_1987.toml): "(a) Base Offense
Level: (1) 29, if top secret information was disclosed [2M3.8: received]; or (2) 24,
otherwise.", as Amendment 481 quotes them where it deletes them (../shared/reference/ussg/
appendix_c_2016/APPENDIX_C_Vol_I.txt lines 14466-14496). Each reads §2M3.3's facts table
([offense.defense_information_transmitting] top_secret), the guideline that took them over."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

KEY = "defense_information_transmitting"
SECTIONS = ["2M3.6", "2M3.7", "2M3.8"]


@pytest.mark.parametrize("guideline", SECTIONS)
@pytest.mark.parametrize("top_secret, paragraph, level",
                         [("true", "(a)(1)", 29), ("false", "(a)(2)", 24)])
def test_base_by_classification(guideline, top_secret, paragraph, level):
    for manual in ("1987-11-01", "1992-11-01"):  # one version: the same in each edition
        assert steps(guideline, KEY, manual, f"top_secret = {top_secret}") == [
            (f"§{guideline}{paragraph}", f"= {level}", level)]


def test_the_words_of_each_edition_are_its_own(capsys, tmp_path: Path):
    # §2M3.8 "was received"; §2M3.3 before 1993 "was transmitted"
    result = calc_json(capsys, write_case(tmp_path, "r", case_text(
        "2M3.8", KEY, "1990-11-01", "top_secret = true", category="I")))
    step = next(s for s in result["steps"] if s["section"] == "§2M3.8(a)(1)")
    assert "top secret information was received" in json_text(step)


def json_text(step: dict) -> str:
    return " ".join(str(v) for v in step.values())


@pytest.mark.parametrize("guideline", SECTIONS)
def test_refused_from_amendment_481(capsys, tmp_path: Path, guideline):
    text = case_text(guideline, KEY, "1993-11-01", "top_secret = false")
    err = calc_refused(capsys, write_case(tmp_path, "deleted", text))
    assert "offense.guideline" in err and "deleted Nov. 1, 1993 by Amendment 481" in err
    assert 'use guideline = "2M3.3"' in err and "Traceback" not in err


def test_the_finding_is_required_and_only_in_2m3_3s_table(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "none", case_text("2M3.7", None, "1990")))
    assert f"offense.{KEY}" in err and 'guideline = "2M3.7" reads the facts of §2M3.3' in err
    text = case_text("2M3.7", "defense_information_foreign", "1990", "top_secret = true")
    err = calc_refused(capsys, write_case(tmp_path, "other", text))
    assert "offense.defense_information_foreign" in err and "Traceback" not in err
    text = case_text("2M3.6", KEY, "1990", "top_secret = 1")
    err = calc_refused(capsys, write_case(tmp_path, "type", text))
    assert f"offense.{KEY}.top_secret" in err and "Traceback" not in err


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # §2M3.7(a)(2) 24 (secret, not top secret); category I: 51-63 months
    result = calc_json(capsys, write_case(tmp_path, "c1990", case_text(
        "2M3.7", KEY, "1990-11-01", "top_secret = false", category="I")))
    assert chapter_two_steps(result) == [("§2M3.7(a)(2)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}
