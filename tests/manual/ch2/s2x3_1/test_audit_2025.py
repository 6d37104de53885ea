"""§2X3.1, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: the underlying offense computed by its own guideline (§2B3.2, §2B3.3) and
then the floor, the cap and the harboring limit.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt, §2X3.1(a)(1)-(3) ("6 levels lower than the offense
          level for the underlying offense", "not less than level 4", "not more than level
          30", harboring "not more than level 20"); §2B3.2 lines 6285-6357; §2B3.3
  S2016 = manual_2016/GLM2016_fulltext.txt, §2X3.1 (the same words)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, case_file

MANUALS = ["2016", "2025"]


def _level(capsys, tmp_path: Path, facts: str, manual: str, more: str) -> int:
    path = case_file(tmp_path, "2X3.1", "accessory", facts, manual, more)
    return calc_json(capsys, path)["total_offense_level"]


@pytest.mark.parametrize("manual", MANUALS)
def test_accessory_to_extortion_by_force(capsys, tmp_path, manual):
    # §2B3.2: 18 + 2 ((b)(1)) + 11 (7 + 6 capped) = 31; §2X3.1: 31 - 6 = 25
    more = ('[offense.extortion]\nthreat_of_death_injury_or_kidnapping = true\n'
            'weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"\n')
    assert _level(capsys, tmp_path, 'underlying_guideline = "2B3.2"', manual, more) == 25


@pytest.mark.parametrize("manual", MANUALS)
def test_accessory_to_extortion_harboring_only(capsys, tmp_path, manual):
    # §2B3.2: 18 + 2 + 11 + 4 ((b)(5)(A)) + 3 ($500,000.01: +3) = 38; 38 - 6 = 32: harboring,
    # not more than 20
    more = ('[offense.extortion]\nthreat_of_death_injury_or_kidnapping = true\n'
            'weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"\n'
            'abduction_or_restraint = "abducted"\namount_demanded = "$500,000.01"\n')
    facts = 'underlying_guideline = "2B3.2"\nharboring_only = true'
    assert _level(capsys, tmp_path, facts, manual, more) == 20
    facts = 'underlying_guideline = "2B3.2"'
    assert _level(capsys, tmp_path, facts, manual, more) == 30  # 32 -> not more than 30


@pytest.mark.parametrize("manual", MANUALS)
def test_accessory_to_blackmail_floor(capsys, tmp_path, manual):
    # §2B3.3: 9; 9 - 6 = 3 -> "not less than level 4"
    assert _level(capsys, tmp_path, 'underlying_guideline = "2B3.3"', manual,
                  "[offense.blackmail]\n") == 4
