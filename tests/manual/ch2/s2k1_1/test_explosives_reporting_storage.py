"""§2K1.1 (Failure to Report Theft of Explosive Materials; Improper Storage of Explosive
Materials), every edition from Nov. 1, 1987 (tables/explosives_reporting_storage.toml): (a) 6.
Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt line 7265, historical note
line 7273 (404, 481); manual_2025/GLM2025_fulltext.txt line 13189; appendix_c_2016/
APPENDIX_C_Vol_I.txt lines 10757-10758 (404) and 14302-14314 (481: the title, §2K1.2 deleted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2K1.1"


@pytest.mark.parametrize("manual", ["1987-11-01", "1991-11-01", "1993-11-01", "2025"])
def test_base_6(manual):
    assert steps(G, None, manual) == [("§2K1.1(a)", "= 6", 6)]


def test_the_versions_and_their_verification():
    table = load_table("explosives_reporting_storage")
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("1993-11-01", "verbatim")]


def test_a_facts_table_is_refused(capsys, tmp_path: Path):
    """§2K1.1 reads no facts: a table for it is an unknown key, named, never a traceback."""
    path = write_case(tmp_path, "c", case_text(G, "explosives", "2016", "pounds = 3"))
    err = calc_refused(capsys, path)
    assert str(path) in err and "explosives" in err and "Traceback" not in err


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # Nov. 1, 1990 (derived): 6; category VI: 12-18 months
    result = calc_json(capsys, write_case(tmp_path, "c1990", case_text(G, None, "1990")))
    assert chapter_two_steps(result) == [("§2K1.1(a)", 6)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}


def test_example_file(capsys):
    # examples/explosives-storage-2k1.1-2025.toml: 6 - 2 = 4; category I: 0-6 months
    result = calc_json(capsys, EXAMPLES / "explosives-storage-2k1.1-2025.toml")
    assert chapter_two_steps(result) == [("§2K1.1(a)", 6)]
    assert result["total_offense_level"] == 4
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}
