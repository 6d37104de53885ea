"""§2E3.3 (Other Gambling Offenses), Nov. 1, 1987 - Oct. 31, 1993
(tables/other_gambling_2e3_3.toml): "(a) Base Offense Level: 6 (b) ... (1) If the offense is
committed as part of, or to facilitate, a commercial gambling operation, increase by 6
levels.", as Amendment 481 quotes it as it deletes it
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 14140-14151). It reads
§2E3.1's [offense.gambling]. Refused from its deletion:
tests/manual/ch2/test_former_guidelines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2E3.3"


@pytest.mark.parametrize("manual", ["1987-11-01", "1992-11-01"])
def test_commercial_gambling_operation_adds_6(manual):
    # lines 14142, 14144-14145
    assert steps(G, "gambling", manual, 'gambling_conduct = "commercial_gambling_operation"') \
        == [("§2E3.3(a)", "= 6", 6), ("§2E3.3(b)(1)", "+6", 12)]


def test_without_it_6_and_b1_shown_not_applied():
    assert steps(G, "gambling", "1990-11-01") == [
        ("§2E3.3(a)", "= 6", 6), ("§2E3.3(b)(1)", "not applied", 6)]
    assert steps(G, None, "1990-11-01")[0] == ("§2E3.3(a)", "= 6", 6)  # table left out


@pytest.mark.parametrize("fact, named", [
    ('gambling_conduct = "gambling_business"', '"2E3.1"'),
    ('gambling_conduct = "wagering_information"', '"2E3.2"'),
    ("animal_fighting_venture = true", "Amendment 721")])
def test_a_fact_its_words_lack_is_refused(capsys, tmp_path: Path, fact, named):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, "gambling", "1990-11-01",
                                                                   fact)))
    assert f"offense.gambling.{fact.split(' ')[0]}" in err and named in err


def test_another_guidelines_table_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(
        G, "gratuity", "1990-11-01", "public_official = true")))
    assert "offense.gratuity" in err and "Traceback" not in err


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # 6 + 6 = 12; category VI: 30-37 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(
        G, "gambling", "1989-11-01", 'gambling_conduct = "commercial_gambling_operation"')))
    assert chapter_two_steps(result) == [("§2E3.3(a)", 6), ("§2E3.3(b)(1)", 12)]
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}
