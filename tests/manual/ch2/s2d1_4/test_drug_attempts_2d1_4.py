"""§2D1.4 (Attempts and Conspiracies), Nov. 1, 1987 - Oct. 31, 1992
(tables/drug_attempts_conspiracies_2d1_4.toml): "the offense level shall be the same as if the
object of the conspiracy or attempt had been completed" (Amendment 447's quotation,
APPENDIX_C_Vol_I.txt lines 12360-12365; 1987 with Amendment 138 undone, lines 2898-2899). The
object computed under §2D1.1 from [offense] drugs. Refused from Amendment 447:
tests/manual/ch2/test_former_guidelines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines import calculate, parse_case

from tests.manual.ch2.chapter_two_cli import calc_json, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2D1.4"
DRUGS = 'drugs = [{ substance = "heroin", quantity = "150 g" }]\n'


@pytest.mark.parametrize("manual, row", [("1987-11-01", "§2D1.1(c)(6)"),
                                         ("1991-11-01", "§2D1.1(c)(9)")])
def test_the_level_of_the_completed_object(manual, row):
    # 150 g of heroin: "At least 100 G but less than 400 G", 26 (1987 and 1989 tables)
    assert steps(G, None, manual, more=DRUGS) == [(row, "= 26", 26), ("§2D1.4(a)", "= 26", 26)]


@pytest.mark.parametrize("manual, words", [("1988-06-15", "participating in an incomplete"),
                                           ("1989-11-01", "convicted of a conspiracy")])
def test_the_words_of_the_edition(manual, words):
    computation = calculate(parse_case(case_text(G, None, manual, more=DRUGS)))
    step = next(s for s in computation.steps if s.section == "§2D1.4(a)")
    assert words in step.reason


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # 1990: 150 g of heroin, §2D1.1(c)(9) 26, adopted by §2D1.4(a); VI: 120-150 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(G, None, "1990-11-01",
                                                                   more=DRUGS)))
    assert chapter_two_steps(result) == [("§2D1.1(c)(9)", 26), ("§2D1.4(a)", 26)]
    assert result["range"] == {"min_months": 120, "max_months": 150, "life": False}
