"""§2E3.2 (wagering_information_2e3_2), Nov. 1, 1987 - Oct. 31, 1993
(tables/wagering_information_2e3_2.toml): "(a) Base Offense Level: 12", as Amendment 481 quotes it as it
deletes it (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 14135-14139);
historical note: manual_2016/GLM2016_fulltext.txt lines 6125-6127."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2E3.2"


@pytest.mark.parametrize("manual", ["1987-11-01", "1992-11-01"])
def test_base_12_from_its_first_edition_to_its_deletion(manual):
    # lines 14135-14139: "(a) Base Offense Level: 12"
    assert steps(G, None, manual) == [("§2E3.2(a)", "= 12", 12)]


def test_refused_from_its_deletion_naming_what_replaced_it(capsys, tmp_path: Path):
    # Amendment 481, eff. Nov. 1, 1993 (line 14511): deleted by consolidation with §2E3.1
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, None, "1993-11-01")))
    assert "offense.guideline" in err and "not in the Guidelines Manual in force on Nov. 1, " \
        "1993" in err and "Amendment 481" in err and 'guideline = "2E3.1"' in err


def test_a_facts_table_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(
        G, "gratuity", "1987-11-01", "public_official = true")))
    assert "offense.gratuity" in err and "Traceback" not in err


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # category VI
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(G, None, "1987-11-01")))
    assert chapter_two_steps(result) == [("§2E3.2(a)", 12)]
