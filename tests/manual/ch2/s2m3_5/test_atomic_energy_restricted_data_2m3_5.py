"""§2M3.5, every edition from Nov. 1, 1987, (a) never amended (tables/atomic_energy_restricted_data.toml).
Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8279-8281;
manual_2025/GLM2025_fulltext.txt lines 15316-15318."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2M3.5"


@pytest.mark.parametrize("manual", ["1987-11-01", "1993-11-01", "2016", "2025"])
def test_base_24(manual):
    # "(a) Base Offense Level: 24"
    assert steps(G, None, manual) == [("§2M3.5(a)", "= 24", 24)]


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: 24; category I: 51-63 months
    result = calc_json(capsys, write_case(tmp_path, "c1987",
                                          case_text(G, None, "1987-11-01", category="I")))
    assert chapter_two_steps(result) == [("§2M3.5(a)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}
