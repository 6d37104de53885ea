"""§2B3.2, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: the 11-level cap of (b)(3) and (b)(4) at its edge, "the greater of the
amount demanded or the loss", the top of the §2B3.1(b)(7) table.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 6285-6357 ((a) 18; (b)(1) +2; (b)(2) "the
          greater of the amount demanded or the loss to the victim exceeded $20,000 ... the
          table in §2B3.1(b)(7)"; (b)(3)(A)(i)-(v) 7/6/5/4/3, (B) 3; (b)(4) 2/4/6/3/5; "the
          cumulative adjustments from application of paragraphs (3) and (4) shall not exceed 11
          levels"); §2B3.1(b)(7) lines 6194-6204 (more than $20,000 add 1, $95,000 add 2,
          $500,000 add 3, $1,500,000 add 4, $3,000,000 add 5, $5,000,000 add 6, $9,500,000 add 7)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 2985-3027 (the same levels)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, case_file

MANUALS = ["2016", "2025"]


def _level(capsys, tmp_path: Path, facts: str, manual: str) -> int:
    path = case_file(tmp_path, "2B3.2", "extortion", facts, manual)
    return calc_json(capsys, path)["total_offense_level"]


CAP = [
    # weapon, injury, levels of (b)(3)+(b)(4) after the cap
    ("firearm_discharged", "serious_bodily_injury", 11),           # 7+4 = 11: at the cap
    ("firearm_discharged", "between_serious_and_permanent", 11),   # 7+5 = 12 -> 11
    ("firearm_discharged", "permanent_or_life_threatening", 11),   # 7+6 = 13 -> 11
    ("firearm_otherwise_used", "serious_bodily_injury", 10),       # 6+4 = 10: below
    ("firearm_otherwise_used", "between_serious_and_permanent", 11),  # 6+5 = 11
    ("dangerous_weapon_brandished_or_possessed", "permanent_or_life_threatening", 9),  # 3+6
    ("preparation_or_ability", "between_bodily_and_serious", 6),   # (B) 3 + (D) 3
]


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("weapon,injury,levels", CAP)
def test_weapon_and_injury_cap_of_11(capsys, tmp_path, manual, weapon, injury, levels):
    facts = f'weapon = "{weapon}"\nbodily_injury = "{injury}"'
    assert _level(capsys, tmp_path, facts, manual) == 18 + levels


@pytest.mark.parametrize("manual", MANUALS)
def test_the_cap_leaves_the_other_characteristics(capsys, tmp_path, manual):
    # 18 + 2 ((b)(1)) + 2 ($100,000 > $95,000) + 11 (7+6 capped) + 4 ((b)(5)(A)) = 37
    facts = ('threat_of_death_injury_or_kidnapping = true\namount_demanded = "$100,000"\n'
             'weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"\n'
             'abduction_or_restraint = "abducted"')
    assert _level(capsys, tmp_path, facts, manual) == 37


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("demanded,loss,level", [
    ("$10,000", "$95,000.01", 20),       # the loss is the greater: +2
    ("$500,000.01", "$1", 21),           # the demand is the greater: +3
    ("$9,500,000", "$9,500,000", 24),    # (G) more than $5,000,000: +6
    ("$9,500,000.01", "$0", 25),         # (H) more than $9,500,000: +7
])
def test_the_greater_of_demand_and_loss(capsys, tmp_path, manual, demanded, loss, level):
    facts = f'amount_demanded = "{demanded}"\nloss_to_victim = "{loss}"'
    assert _level(capsys, tmp_path, facts, manual) == level
