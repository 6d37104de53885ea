"""An independent second reading of §2D1.2 against the 2025 and 2016 Manuals (task auditch2).
Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 9201-9247 ((a) 9204-9215, comment. (n.1)
          9229-9238); §1B1.5(b)(1) line 1525-1527
  S2016 = manual_2016/GLM2016_fulltext.txt lines 4807-4829 ((a) 4809-4817, (n.1) 4825);
          §1B1.5(b)(1) line 849
  DQT: tables/drug_quantity_table/DQT_2016-11-01_verbatim_from_2016_Manual.txt and the 2025
  one (heroin: less than 10 G level 12; at least 10 G but less than 20 G level 14)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json


def _case(tmp_path: Path, manual: str, facts: str, more: str = "") -> Path:
    path = tmp_path / "audit-2d1.2.toml"
    path.write_text(f'# §2D1.2 findings under test (tests/manual/ch2/s2d1_2/test_audit_2025.py)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2D1.2"\n'
                    f'statute = "21 U.S.C. § 860"\nstatutory_minimum_months = 12\n'
                    f'statutory_maximum_months = 480\n{more}'
                    f'[[offense.drugs]]\nsubstance = "heroin"\nquantity = "15 g"\n'
                    f'[offense.protected_location]\n'
                    f'directly_involved_drugs = [{{ substance = "heroin", quantity = "5 g" }}]\n'
                    f'{facts}\n[criminal_history]\ncategory = "I"\n')
    return path


def _two(capsys, path: Path) -> dict[str, str]:
    return {s["section"]: s["change"] for s in calc_json(capsys, path)["steps"]
            if s["chapter"] == "chapter_two" and s["section"].startswith("§2D1.2")}


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_the_application_note_example(capsys, tmp_path, manual):
    """comment. (n.1): "sold 5 grams of heroin near a protected location and 10 grams of
    heroin elsewhere, the offense level from subsection (a)(1) would be level 14 ...; the
    offense level from subsection (a)(2) would be level 15" (S2025 lines 9232-9238; S2016 line
    4825); the greatest, 15."""
    path = _case(tmp_path, manual, "")
    assert _two(capsys, path) == {"§2D1.2(a)(2)": "= 15", "§2D1.2(a)(1)": "level 14: set aside",
                                  "§2D1.2(a)(4)": "level 13: set aside"}
    assert calc_json(capsys, path)["total_offense_level"] == 15


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_the_offense_level_from_2d1_1_is_the_whole_guideline(capsys, tmp_path, manual):
    """§1B1.5(b)(1): "An instruction to use the offense level from another offense guideline
    refers to the offense level from the entire offense guideline (i.e., the base offense
    level, specific offense characteristics, ...)" (S2025 lines 1525-1527; S2016 line 849):
    with a dangerous weapon (§2D1.1(b)(1) +2), (a)(1) 2 + 14 = 16, (a)(2) 1 + 16 = 17."""
    path = _case(tmp_path, manual, "", more="dangerous_weapon = true\n")
    changes = _two(capsys, path)
    assert changes["§2D1.2(a)(2)"] == "= 17" and changes["§2D1.2(a)(1)"] == "level 16: set aside"


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_a_person_under_18_sets_26(capsys, tmp_path, manual):
    """(a)(3) "26, if the offense involved a person less than eighteen years of age" (S2025
    line 9212; S2016 line 4815), greater than (a)(1) 14 and (a)(2) 15."""
    path = _case(tmp_path, manual, "person_under_18 = true")
    assert calc_json(capsys, path)["total_offense_level"] == 26
    assert _two(capsys, path)["§2D1.2(a)(3)"] == "= 26"

