"""§2L2.2, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: the floors of (b)(4) after the other characteristics.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt, §2L2.2 ((a) 8; (b)(1) +2; (b)(3)(A) +4, (B) +2;
          (b)(4) "(Apply the Greater): (A) ... increase by 2 levels. If the resulting offense
          level is less than level 13, increase to level 13. (B) ... (i) ... incitement to
          genocide, increase by 6 levels; or (ii) any other serious human rights offense,
          increase by 10 levels. If clause (ii) applies and the resulting offense level is less
          than level 25, increase to level 25.")
  S2016 = manual_2016/GLM2016_fulltext.txt, §2L2.2 (the same levels; (b)(4) from Amendment 765)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, case_file

MANUALS = ["2016", "2025"]


def _level(capsys, tmp_path: Path, facts: str, manual: str) -> int:
    path = case_file(tmp_path, "2L2.2", "document_own_use", facts, manual)
    return calc_json(capsys, path)["total_offense_level"]


CASES = [
    # (facts, level, why)
    ('concealed = "membership_in_human_rights_violating_organization"', 13, "8+2=10 -> 13"),
    ('previously_deported = true\nfraudulently_obtained_or_used = "us_passport"\n'
     'concealed = "membership_in_human_rights_violating_organization"', 16, "8+2+4+2=16 > 13"),
    ('previously_deported = true\n'
     'concealed = "membership_in_human_rights_violating_organization"', 13, "8+2+2=12 -> 13"),
    ('concealed = "incitement_to_genocide"', 14, "8+6=14, no floor for (B)(i)"),
    ('concealed = "other_serious_human_rights_offense"', 25, "8+10=18 -> 25"),
    ('previously_deported = true\nfraudulently_obtained_or_used = "us_passport"\n'
     'concealed = "other_serious_human_rights_offense"', 25, "8+2+4+10=24 -> 25"),
    ('fraudulently_obtained_or_used = "foreign_passport"', 10, "8+2"),
]


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("facts,level,why", CASES)
def test_human_rights_floors_after_the_other_characteristics(capsys, tmp_path, manual, facts,
                                                             level, why):
    assert _level(capsys, tmp_path, facts, manual) == level, why
