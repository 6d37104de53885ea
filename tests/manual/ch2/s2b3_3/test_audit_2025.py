"""§2B3.3, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: the edges of (b)(1)(A) and (B), the greater of obtained and demanded, and
the (c)(2) cross reference to §2B3.2.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt, §2B3.3 ((a) 9; (b)(1) "(A) exceeded $2,500 but did
          not exceed $6,500, increase by 1 level; or (B) exceeded $6,500, increase by the number
          of levels from the table in §2B1.1"; (c)(2) "apply §2B3.2"); §2B1.1(b)(1) lines
          4365-4374 (more than $6,500 add 2, $15,000 add 4, $40,000 add 6)
  S2016 = manual_2016/GLM2016_fulltext.txt, §2B3.3 (the same words and amounts)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, case_file

MANUALS = ["2016", "2025"]


def _level(capsys, tmp_path: Path, facts: str, manual: str) -> int:
    path = case_file(tmp_path, "2B3.3", "blackmail", facts, manual)
    return calc_json(capsys, path)["total_offense_level"]


EDGES = [("$2,500", 9), ("$2,500.01", 10), ("$6,500", 10), ("$6,500.01", 11),
         ("$15,000", 11), ("$15,000.01", 13), ("$40,000", 13), ("$40,000.01", 15)]


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("amount,level", EDGES)
def test_amount_edges(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'amount_demanded = "{amount}"', manual) == level


@pytest.mark.parametrize("manual", MANUALS)
def test_the_greater_of_obtained_and_demanded(capsys, tmp_path, manual):
    # obtained $3,000 (A: +1), demanded $7,000 (B: +2): the greater, $7,000: 9 + 2 = 11
    facts = 'amount_obtained = "$3,000"\namount_demanded = "$7,000"'
    assert _level(capsys, tmp_path, facts, manual) == 11


@pytest.mark.parametrize("manual", MANUALS)
def test_extortion_by_force_applies_2b3_2(capsys, tmp_path, manual):
    # (c)(2): "apply §2B3.2" (no "if greater"): §2B3.2 (a) 18 + (b)(1) 2 = 20
    facts = ('amount_demanded = "$7,000"\n[offense.blackmail.extortion_by_force]\n'
             'threat_of_death_injury_or_kidnapping = true')
    assert _level(capsys, tmp_path, facts, manual) == 20
