"""§2M6.2 (Violation of Other Federal Atomic Energy Agency Statutes, Rules, and Regulations),
every edition from Nov. 1, 1987, (a) never amended (tables/atomic_energy_violation.toml).
Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8521-8527;
manual_2025/GLM2025_fulltext.txt lines 15753-15761."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M6.2", "atomic_energy_violation"


@pytest.mark.parametrize("manual", ["1987-11-01", "2016", "2025"])
@pytest.mark.parametrize("facts,section,level", [
    ("intent_to_injure_or_aid_foreign_nation = true", "(a)(1)", 30),
    ("intent_to_injure_or_aid_foreign_nation = false", "(a)(2)", 6),
    ("", "(a)(2)", 6)])
def test_the_greater_base(manual, facts, section, level):
    assert steps(G, KEY, manual, facts) == [(f"§2M6.2{section}", f"= {level}", level)]


def test_no_facts_table_is_a_2(manual="2016"):
    assert steps(G, None, manual) == [("§2M6.2(a)(2)", "= 6", 6)]


def test_bad_input_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "intent = true", "2016"))
    assert "offense.atomic_energy_violation.intent" in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: a license violation with intent to aid a foreign nation: (a)(1) 30; I: 97-121
    result = calc_json(capsys, case_file(tmp_path, G, KEY,
                                         "intent_to_injure_or_aid_foreign_nation = true",
                                         "1987-11-01"))
    assert chapter_two_steps(result) == [("§2M6.2(a)(1)", 30)]
    assert result["range"] == {"min_months": 97, "max_months": 121, "life": False}
