"""§2C1.1, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: (b)(2)'s "whichever is greatest" of its four amounts, the floor of (b)(3)
before (b)(4), and the characteristics together.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt, §2C1.1 ((a)(1) 14, (a)(2) 12; (b)(1) +2; (b)(2)
          "the value of the payment, the benefit ..., the value of anything obtained or to be
          obtained by a public official ..., or the loss to the government ..., whichever is
          greatest, exceeded $6,500"; (b)(3) +4, "If the resulting offense level is less than
          level 18, increase to level 18"; (b)(4) +2); §2B1.1(b)(1) lines 4365-4374
  S2016 = manual_2016/GLM2016_fulltext.txt line 3347 ((b)(2), $6,500) and §2C1.1 (the same)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, case_file, chapter_two_steps

MANUALS = ["2016", "2025"]


def _result(capsys, tmp_path: Path, facts: str, manual: str) -> dict:
    return calc_json(capsys, case_file(tmp_path, "2C1.1", "bribery", facts, manual))


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("greatest", ["payment", "benefit", "obtained_by_official",
                                      "loss_to_government"])
def test_whichever_is_greatest(capsys, tmp_path, manual, greatest):
    # the greatest, $40,000.01 (more than $40,000: +6), whichever amount it is; the others
    # $15,000.01 (+4) or less: 12 + 6 = 18
    amounts = {"payment": "$1,000", "benefit": "$15,000.01", "obtained_by_official": "$7,000",
               "loss_to_government": "$0"}
    amounts[greatest] = "$40,000.01"
    facts = "\n".join(f'{key} = "{value}"' for key, value in amounts.items())
    assert _result(capsys, tmp_path, facts, manual)["total_offense_level"] == 18


@pytest.mark.parametrize("manual", MANUALS)
def test_floor_of_b3_comes_before_b4(capsys, tmp_path, manual):
    # public official: 14 + 4 = 18 (at the floor), + 2 ((b)(4)(A) entry) = 20
    result = _result(capsys, tmp_path, 'public_official = true\nhigh_level_official = true\n'
                     'facilitated = ["entry"]', manual)
    assert chapter_two_steps(result) == [("§2C1.1(a)(1)", 14), ("§2C1.1(b)(3)", 18), ("§2C1.1(b)(4)", 20)]


@pytest.mark.parametrize("manual", MANUALS)
def test_floor_of_b3_for_a_private_briber(capsys, tmp_path, manual):
    # 12 + 4 = 16 -> 18 ("If the resulting offense level is less than level 18")
    result = _result(capsys, tmp_path, "high_level_official = true", manual)
    assert result["total_offense_level"] == 18


@pytest.mark.parametrize("manual", MANUALS)
def test_every_characteristic(capsys, tmp_path, manual):
    # 14 + 2 ((b)(1)) + 8 ($95,000.01: more than $95,000) + 4 ((b)(3)) + 2 ((b)(4)) = 30
    result = _result(capsys, tmp_path, 'public_official = true\nmore_than_one_bribe = true\n'
                     'benefit = "$95,000.01"\nhigh_level_official = true\n'
                     'facilitated = ["immigration_document", "identification_document"]', manual)
    assert result["total_offense_level"] == 30
