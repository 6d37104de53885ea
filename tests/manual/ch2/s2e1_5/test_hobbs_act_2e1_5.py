"""§2E1.5 (Hobbs Act Extortion or Robbery), Nov. 1, 1987 - Oct. 31, 1993
(tables/hobbs_act_2e1_5.toml): 1987 "Apply the guideline provision for extortion or robbery,
as applicable." (Amendment 145 undone, APPENDIX_C_Vol_I.txt lines 2981-2991); from Nov. 1, 1989
§2B3.1, §2B3.2, §2B3.3 or §2C1.1 "as applicable" (lines 14114-14121). The guideline applied is
the one whose facts table the count gives, exactly one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines import calculate, parse_case

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2E1.5"


@pytest.mark.parametrize("key, facts, section", [
    ("robbery", "", "2B3.1"), ("extortion", "", "2B3.2"), ("blackmail", "", "2B3.3"),
    ("bribery", 'payment = "$1,000"', "2C1.1")])
@pytest.mark.parametrize("manual", ["1987-11-01", "1990-11-01"])
def test_each_of_the_four_through_its_own_table(manual, key, facts, section):
    found = steps(G, key, manual, facts)
    assert found[0][0].startswith(f"§{section}(a)")
    assert found[-1] == ("§2E1.5", f"= {found[-2][2]}", found[-2][2])


@pytest.mark.parametrize("tables", ["", "[offense.robbery]\n[offense.blackmail]\n"])
def test_exactly_one_table(capsys, tmp_path: Path, tables):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, None, "1990-11-01",
                                                                   more=tables)))
    assert "offense.guideline" in err and "exactly one" in err and "[robbery]" in err


@pytest.mark.parametrize("manual, words", [
    ("1988-06-15", "Apply the guideline provision for extortion or robbery, as applicable."),
    ("1989-11-01", "or §2C1.1 (Offering, Giving, Soliciting, or Receiving a Bribe; Extortion "
                   "Under Color of Official Right), as applicable.")])
def test_the_words_of_the_edition_are_quoted(manual, words):
    computation = calculate(parse_case(case_text(G, "robbery", manual)))
    step = next(s for s in computation.steps if s.section == "§2E1.5")
    assert words in step.reason


def test_refused_from_its_deletion(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, "robbery", "1993-11-01")))
    assert "Amendment 481" in err and '"2B3.1"' in err and '"2C1.1"' in err


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # 1990: §2B3.1(a) 20, (b)(6)(B) a loss of $12,000 +1 = 21; VI: 77-96 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(
        G, "robbery", "1990-11-01", 'loss = "$12,000"')))
    assert chapter_two_steps(result) == [("§2B3.1(a)", 20), ("§2B3.1(b)(6)(B)", 21),
                                         ("§2E1.5", 21)]
    assert result["range"] == {"min_months": 77, "max_months": 96, "life": False}
