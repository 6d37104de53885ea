"""§2N1.3 (Tampering With Intent to Injure Business), every edition from Nov. 1, 1987
(tables/tampering_to_injure_business.toml): (a) 12. Sources (../shared/reference/ussg/):
manual_2016/GLM2016_fulltext.txt line 8595, historical note line 8605 (no amendment);
manual_2025/GLM2025_fulltext.txt line 15870, historical note lines 15876-15877 (836)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2N1.3"


@pytest.mark.parametrize("manual", ["1987-11-01", "2024-11-01", "2025"])
def test_base_12(manual):
    assert steps(G, None, manual) == [("§2N1.3(a)", "= 12", 12)]


def test_the_versions_and_their_verification():
    table = load_table("tampering_to_injure_business")
    assert [(str(v.effective), v.verification) for v in table.versions] == [
        ("1987-11-01", "derived"), ("2025-11-01", "verbatim")]


def test_a_facts_table_is_refused(capsys, tmp_path: Path):
    path = write_case(tmp_path, "c", case_text(G, "tampering", "2016", "loss = 5"))
    err = calc_refused(capsys, path)
    assert str(path) in err and "tampering" in err and "Traceback" not in err


def test_worked_case_1995_through_the_cli(capsys, tmp_path: Path):
    # Nov. 1, 1995 (derived): 12; category VI: 30-37 months
    result = calc_json(capsys, write_case(tmp_path, "c1995", case_text(G, None, "1995")))
    assert chapter_two_steps(result) == [("§2N1.3(a)", 12)]
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}


def test_example_file(capsys):
    # examples/tampering-to-injure-business-2n1.3-2016.toml: 12; category I: 10-16 months
    result = calc_json(capsys, EXAMPLES / "tampering-to-injure-business-2n1.3-2016.toml")
    assert chapter_two_steps(result) == [("§2N1.3(a)", 12)]
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}
