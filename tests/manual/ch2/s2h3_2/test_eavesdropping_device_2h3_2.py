"""§2H3.2 (Manufacturing, Distributing, Advertising, or Possessing an Eavesdropping Device),
tables/eavesdropping_device.toml. Sources (../shared/reference/ussg/):
manual_2016/GLM2016_fulltext.txt lines 6917-6929 ((a) line 6919, (b)(1) line 6923, the
historical note "Effective November 1, 1987." line 6929); manual_2025/GLM2025_fulltext.txt
lines 12512-12526 (the same words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2H3.2", "eavesdropping_device"


@pytest.mark.parametrize("manual", ["1987-11-01", "2025"])
def test_base_6_and_pecuniary_gain_3(manual):
    # (a) 6 (2016 line 6919); (b)(1) +3 (line 6923); never amended
    assert steps(G, KEY, manual) == [("§2H3.2(a)", "= 6", 6)]
    assert steps(G, KEY, manual, "pecuniary_gain = true") == [
        ("§2H3.2(a)", "= 6", 6), ("§2H3.2(b)(1)", "+3", 9)]


@pytest.mark.parametrize("facts,field", [
    ('pecuniary_gain = "yes"', "offense.eavesdropping_device.pecuniary_gain"),
    ("commercial_advantage = true", "offense.eavesdropping_device.commercial_advantage")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # Nov. 1, 1987: (a) 6, (b)(1) +3 = 9; category I: 4-10 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "pecuniary_gain = true",
                                         "1987-11-01"))
    assert chapter_two_steps(result) == [("§2H3.2(a)", 6), ("§2H3.2(b)(1)", 9)]
    assert result["range"] == {"min_months": 4, "max_months": 10, "life": False}


def test_example_file(capsys):
    # examples/eavesdropping-device-2h3.2-2025.toml: (a) 6, (b)(1) +3 = 9; category I: 4-10
    # months
    result = calc_json(capsys, EXAMPLES / "eavesdropping-device-2h3.2-2025.toml")
    assert chapter_two_steps(result) == [("§2H3.2(a)", 6), ("§2H3.2(b)(1)", 9)]
    assert result["range"] == {"min_months": 4, "max_months": 10, "life": False}
