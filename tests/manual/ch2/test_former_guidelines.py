"""The former (deleted) guidelines of fixed level, one row each: the level in the editions that
have it (the first and the last, or the edges of a refusal between), the refusal before and
after (each date and what it names), another guideline's facts table refused, a worked case
through the real CLI. And the deletion refusal of those with a facts table (each one's own
rules are tested in its own package). Sources (../shared/reference/ussg/): each guideline's
words as the deleting amendment quotes them, appendix_c_2016/APPENDIX_C_Vol_I.txt (II for 619):

- §2C1.4 "(a) Base Offense Level: 6", Nov. 1, 1987 - Oct. 31, 2001: Vol. II lines 7758-7770
  (Amendment 619, line 7785: consolidated with §2C1.3); comment. (n.1) in s2c1_4/;
- §2D3.3 "(a) ... 4": lines 14093-14101; §2D3.4 "(a) ... 4": 14102-14108; §2D3.5 "(a) ... 4":
  14109-14112, from Nov. 1, 1991 (Amendment 371, lines 8698-8700); §2E3.2 "(a) ... 12":
  14135-14139; each to Oct. 31, 1993 (Amendment 481, line 14511; historical notes:
  manual_2016/GLM2016_fulltext.txt lines 5917-5927, 6125-6127);
- §2K1.2 "(a) ... 6": lines 14307-14314 (then §2K1.1); §2M2.2 "(a) ... 32": 14434-14438 (then
  §2M2.1); §2M2.4 "(a) ... 26": 14443-14447 (then §2M2.3), Nov. 1, 1987 - Oct. 31, 1993;
- §2L1.3 (Amendment 194) and §2P1.4 (Amendment 204) "(a) ... 6", Nov. 1, 1987 - Oct. 31, 1989,
  refused June 15, 1988 - Oct. 31, 1989 under §1B1.9 (Petty Offenses), Note 3 as Amendment 81
  quotes it (lines 1419-1420).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

IN_1993 = "not in the Guidelines Manual in force on Nov. 1, 1993"
BY_481 = "deleted Nov. 1, 1993 by Amendment 481"
PETTY = ("§1B1.9 (Petty Offenses", "disregarded to the extent that they purport to cover "
         "petty offenses")


def gratuity(manual: str) -> tuple[str, str, str]:
    return ("gratuity", manual, "public_official = true")


DEFENSE = ("defense_information_transmitting", "1990-11-01", "top_secret = true")


class Worked(NamedTuple):
    manual: str
    category: str
    months: tuple[int, int] | None  # the range (min, max), where the test states it
    total: bool = False  # the total offense level asserted too (no Chapter Three step)


class Fixed(NamedTuple):
    section: str
    level: int
    in_force: tuple[str, ...]  # editions (dates) asserted to give the level
    refused: dict[str, tuple[str, ...]]  # date: what the refusal names
    worked: Worked
    other_table: tuple[str, str, str] | None = None  # (key, manual, facts): refused


FIXED = [
    Fixed("2C1.4", 6, ("1987-11-01", "2001-05-01"),
          {"2001-11-01": ("Nov. 1, 2001", "Amendment 619", 'guideline = "2C1.3"')},
          Worked("1995-11-01", "VI", (12, 18))),
    *(Fixed(s, 4, ("1987-11-01", "1992-11-01"),
            {"1993-11-01": (IN_1993, "Amendment 481", 'guideline = "2D3.2"')},
            Worked("1987-11-01", "VI", None), gratuity("1987-11-01"))
      for s in ("2D3.3", "2D3.4")),
    Fixed("2D3.5", 4, ("1991-11-01", "1992-11-01"),
          {"1990-11-01": ("Amendment 371", "Nov. 1, 1991"),
           "1993-11-01": (IN_1993, "Amendment 481", 'guideline = "2D3.2"')},
          Worked("1991-11-01", "VI", None), gratuity("1991-11-01")),
    Fixed("2E3.2", 12, ("1987-11-01", "1992-11-01"),
          {"1993-11-01": (IN_1993, "Amendment 481", 'guideline = "2E3.1"')},
          Worked("1987-11-01", "VI", None), gratuity("1987-11-01")),
    *(Fixed(s, level, ("1987-11-01", "1992-11-01"),
            {d: (BY_481, f'use guideline = "{then}"') for d in ("1993-11-01", "2025-11-01")},
            Worked("1987-11-01", category, months, total=True), DEFENSE)
      for s, level, then, category, months in [("2K1.2", 6, "2K1.1", "VI", (12, 18)),
                                               ("2M2.2", 32, "2M2.1", "I", (121, 151)),
                                               ("2M2.4", 26, "2M2.3", "I", (63, 78))]),
    # 1988-01-15: the last edition before §1B1.9's Note 3 (June 15, 1988)
    *(Fixed(s, 6, ("1987-11-01", "1988-01-15"),
            {"1988-06-15": PETTY, "1988-10-15": PETTY,
             "1989-11-01": (f"deleted Nov. 1, 1989 by Amendment {deleting}",),
             "2025-11-01": (f"deleted Nov. 1, 1989 by Amendment {deleting}",)},
            Worked("1987-11-01", "VI", (12, 18)))  # the 1987 table's zero minimums refused
      for s, deleting in [("2L1.3", 194), ("2P1.4", 204)]),
]
BY_SECTION = pytest.mark.parametrize("row", FIXED, ids=[row.section for row in FIXED])


@BY_SECTION
def test_the_level_in_the_editions_that_have_it(row: Fixed):
    for manual in row.in_force:
        assert steps(row.section, None, manual) == [
            (f"§{row.section}(a)", f"= {row.level}", row.level)], manual


@BY_SECTION
def test_refused_outside_them_naming_why(capsys, tmp_path: Path, row: Fixed):
    for manual, named in row.refused.items():
        err = calc_refused(capsys, write_case(tmp_path, "c", case_text(row.section, None,
                                                                       manual)))
        assert "offense.guideline" in err and "Traceback" not in err, manual
        assert all(words in err for words in named), (manual, err)


@pytest.mark.parametrize("row", [r for r in FIXED if r.other_table],
                         ids=[r.section for r in FIXED if r.other_table])
def test_another_guidelines_facts_table_is_refused(capsys, tmp_path: Path, row: Fixed):
    key, manual, facts = row.other_table
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(row.section, key, manual,
                                                                   facts)))
    assert f"offense.{key}" in err and "Traceback" not in err


@BY_SECTION
def test_worked_case_through_the_cli(capsys, tmp_path: Path, row: Fixed):
    worked = row.worked
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(
        row.section, None, worked.manual, category=worked.category)))
    assert chapter_two_steps(result) == [(f"§{row.section}(a)", row.level)]
    if worked.total:
        assert result["total_offense_level"] == row.level
    if worked.months:
        low, high = worked.months
        assert result["range"] == {"min_months": low, "max_months": high, "life": False}


DRUGS = 'drugs = [{ substance = "heroin", quantity = "150 g" }]\n'


@pytest.mark.parametrize("section, key, manual, facts, more, named", [
    # Amendment 481, eff. Nov. 1, 1993: consolidated with §2F1.1, §2E3.1, §2E5.1
    ("2B5.2", "fraud_deceit", "1993-11-01", 'loss = "$1"', "",
     ("Amendment 481", 'guideline = "2F1.1"')),
    ("2E3.3", "gambling", "1993-11-01", "", "", ("Amendment 481", 'guideline = "2E3.1"')),
    ("2E5.6", "benefit_plan_bribery", "1993-11-01", 'payment = "bribe"', "",
     ("Amendment 481", 'guideline = "2E5.1"')),
    # Amendment 447, eff. Nov. 1, 1992: §2D1.4 deleted, §2D1.1 applies
    ("2D1.4", None, "1992-11-01", "", DRUGS, ("Nov. 1, 1992", "Amendment 447",
                                              'guideline = "2D1.1"'))],
    ids=["2B5.2", "2E3.3", "2E5.6", "2D1.4"])
def test_a_former_guideline_with_facts_is_refused_from_its_deletion(
        capsys, tmp_path: Path, section, key, manual, facts, more, named):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(section, key, manual, facts,
                                                                   more=more)))
    assert all(words in err for words in named) and "Traceback" not in err
