"""§2M4.1 (Failure to Register and Evasion of Military Service),
tables/military_service_evasion.toml: (a) 6; (b)(1) +6 "while persons were being inducted into
the armed services, other than in time of war or armed conflict" (1987-1990, as Amendment 336
amends it: appendix_c_2016/APPENDIX_C_Vol_I.txt lines 7138-7140), from Nov. 1, 1990 "at a time
when persons were being inducted for compulsory military service" (manual_2016/
GLM2016_fulltext.txt lines 8333-8339; manual_2025/GLM2025_fulltext.txt lines 15399-15412)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M4.1", "military_service_evasion"


@pytest.mark.parametrize("manual", ["1987-11-01", "1990-11-01", "2023-11-01", "2025"])
def test_base_6_and_induction(manual):
    assert steps(G, KEY, manual) == [("§2M4.1(a)", "= 6", 6)]
    assert steps(G, KEY, manual, "persons_being_inducted = true") == [
        ("§2M4.1(a)", "= 6", 6), ("§2M4.1(b)(1)", "+6", 12)]


def test_1987_excludes_time_of_war():
    assert steps(G, KEY, "1989-11-01", "persons_being_inducted = true\n"
                 "time_of_war_or_armed_conflict = true") == [
        ("§2M4.1(a)", "= 6", 6), ("§2M4.1(b)(1)", "not applied", 6)]


@pytest.mark.parametrize("manual", ["1990-11-01", "2025"])
def test_from_1990_time_of_war_is_refused(capsys, tmp_path: Path, manual):
    # Amendment 336 (APPENDIX_C_Vol_I.txt lines 7138-7140) deleted "other than in time of war
    # or armed conflict": from Nov. 1, 1990 (b)(1) does not ask it (2016 Manual line 8339), and
    # a fact an edition does not have is an error under it (exit 2, naming the field)
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "persons_being_inducted = true\n"
                                         "time_of_war_or_armed_conflict = true", manual))
    assert "offense.military_service_evasion.time_of_war_or_armed_conflict" in err
    assert "Amendment 336" in err and "Traceback" not in err
    assert steps(G, KEY, manual, "persons_being_inducted = true\n"
                 "time_of_war_or_armed_conflict = false") == [
        ("§2M4.1(a)", "= 6", 6), ("§2M4.1(b)(1)", "+6", 12)]


def test_no_facts_table_is_6():
    assert steps(G, None, "2016") == [("§2M4.1(a)", "= 6", 6)]


def test_bad_input_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "inducted = true", "2016"))
    assert "offense.military_service_evasion.inducted" in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: evasion during a peacetime draft: 6 + 6 = 12; category I: 10-16 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "persons_being_inducted = true",
                                         "1987-11-01"))
    assert chapter_two_steps(result) == [("§2M4.1(a)", 6), ("§2M4.1(b)(1)", 12)]
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}


def test_worked_case_2024_through_the_cli_is_unverified(capsys, tmp_path: Path):
    # Nov. 1, 2023 - Oct. 31, 2025: Amendment 824's text is not in the sources (a warning)
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "persons_being_inducted = true",
                                         "2024-11-01"))
    assert chapter_two_steps(result) == [("§2M4.1(a)", 6), ("§2M4.1(b)(1)", 12)]
    assert any("824" in w for w in result["warnings"])
