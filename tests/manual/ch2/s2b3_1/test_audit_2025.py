"""An independent second reading of §2B3.1 against the 2025 and 2016 Manuals (task auditch2).
Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 6140-6211 ((a)-(c) 6142-6211)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 2895-2953
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json


def _case(tmp_path: Path, robbery: str, manual: str) -> Path:
    path = tmp_path / "audit-2b3.1.toml"
    path.write_text(f'# §2B3.1 findings under test (tests/manual/ch2/s2b3_1/test_audit_2025.py)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2B3.1"\n'
                    f'[offense.robbery]\n{robbery}\n[criminal_history]\ncategory = "I"\n')
    return path


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_every_paragraph_with_the_cap_on_2_and_3_only(capsys, tmp_path, manual):
    """(a) 20; (b)(1) a bank's property +2 = 22; (b)(2)(A) discharged +7 and (b)(3)(E)
    between serious and permanent +5: "the cumulative adjustments from application of
    paragraphs (2) and (3) shall not exceed 11 levels" (S2025 lines 6174-6175; S2016 line
    2925) = 33; (b)(4)(A) abducted +4 = 37; (b)(5) carjacking +2 = 39; (b)(6) a firearm
    taken +1 = 40; (b)(7)(C) loss "More than $95,000 add 2" = 42 (S2025 lines 6177-6204; S2016
    lines 2927-2951): the cap reaches (2) and (3) only."""
    path = _case(tmp_path, "financial_institution_or_post_office = true\n"
                 'weapon = "firearm_discharged"\n'
                 'bodily_injury = "between_serious_and_permanent"\n'
                 'abduction_or_restraint = "abducted"\ncarjacking = true\n'
                 "firearm_destructive_device_or_drug_taken = true\n"
                 'loss = "$95,000.01"', manual)
    result = calc_json(capsys, path)
    assert result["total_offense_level"] == 42
    levels = [s["level"] for s in result["steps"] if s["chapter"] == "chapter_two"]
    # 20 + 2 + 7 + 5 = 34, brought back to 33 by the proviso before (b)(4)
    assert levels == [20, 22, 29, 34, 33, 37, 39, 40, 42]


@pytest.mark.parametrize("manual", ["2025", "2016"])
@pytest.mark.parametrize("loss,level", [("$20,000", 20), ("$20,000.01", 21),
                                        ("$9,500,000", 26), ("$9,500,000.01", 27)])
def test_loss_first_and_last_rows(capsys, tmp_path, manual, loss, level):
    """(b)(7) "(A) $20,000 or less no increase ... (H) More than $9,500,000 add 7" (S2025
    lines 6194-6204; S2016 lines 2935-2951)."""
    assert calc_json(capsys, _case(tmp_path, f'loss = "{loss}"', manual)
                     )["total_offense_level"] == level


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_restraint_plus_threat_of_death(capsys, tmp_path, manual):
    """(b)(2)(F) a threat of death +2 and (b)(4)(B) restraint +2 (S2025 lines 6163, 6180-6183;
    S2016 lines 2903, 2927): 20 + 2 + 2 = 24."""
    path = _case(tmp_path, 'weapon = "threat_of_death"\n'
                 'abduction_or_restraint = "physically_restrained"', manual)
    assert calc_json(capsys, path)["total_offense_level"] == 24
