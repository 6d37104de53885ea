"""§2M2.3, every edition from Nov. 1, 1987, (a) never amended (tables/defense_material_destruction.toml).
Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8167-8169;
manual_2025/GLM2025_fulltext.txt lines 15136-15139."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2M2.3"


@pytest.mark.parametrize("manual", ["1987-11-01", "1993-11-01", "2016", "2025"])
def test_base_26(manual):
    # "(a) Base Offense Level: 26"
    assert steps(G, None, manual) == [("§2M2.3(a)", "= 26", 26)]


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: 26; category I: 63-78 months
    result = calc_json(capsys, write_case(tmp_path, "c1987",
                                          case_text(G, None, "1987-11-01", category="I")))
    assert chapter_two_steps(result) == [("§2M2.3(a)", 26)]
    assert result["range"] == {"min_months": 63, "max_months": 78, "life": False}
