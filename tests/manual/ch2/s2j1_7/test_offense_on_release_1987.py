"""The original §2J1.7 (Commission of Offense While on Release), Nov. 1, 1987 - Oct. 31, 1989
(tables/offense_on_release_1987.toml), as Amendment 178 quotes it where it deletes it
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3467-3478): (a) 6; (b)(1)
+6 fifteen years or more (or death), (b)(2) +4 five or more but less than fifteen, (b)(3) +2 a
felony of less than five years."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2J1.7"
KEY = "offense_on_release_1987"


@pytest.mark.parametrize("facts, paragraph, change", [
    ("punishable_by_death_or_life = true", "(b)(1)", "+6"),
    ("maximum_months = 181", "(b)(1)", "+6"),
    ("maximum_months = 180", "(b)(1)", "+6"),   # "fifteen years or more"
    ("maximum_months = 179", "(b)(2)", "+4"),   # "less than fifteen years"
    ("maximum_months = 60", "(b)(2)", "+4"),    # "five or more years"
    ("maximum_months = 59\nfelony = true", "(b)(3)", "+2"),  # "less than five years"
    ("maximum_months = 13\nfelony = true", "(b)(3)", "+2"),
    ("maximum_months = 12", "(b)(3)", "not applied"),  # not a felony
])
def test_each_paragraph_at_its_edges(facts, paragraph, change):
    for manual in ("1987-11-01", "1988-06-15"):
        found = steps(G, KEY, manual, facts)
        assert found[0] == ("§2J1.7(a)", "= 6", 6)
        assert found[1][:2] == (f"§2J1.7{paragraph}", change) and len(found) == 2


@pytest.mark.parametrize("manual", ["1989-11-01", "2006-11-01"])
def test_refused_from_amendment_178(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, write_case(tmp_path, "r", case_text(G, KEY, manual,
                                                                     "maximum_months = 120")))
    assert "offense.guideline" in err and "Amendment 178" in err
    assert "offense_while_on_release" in err and "Traceback" not in err


def test_bad_input(capsys, tmp_path: Path):
    for facts, field in [("", f"offense.{KEY}"), ("maximum_months = -1", f"offense.{KEY}"),
                         ("maximum_months = 60\npunishable_by_death_or_life = true",
                          f"offense.{KEY}"), ('maximum_months = "60"', f"offense.{KEY}")]:
        err = calc_refused(capsys, write_case(tmp_path, "b", case_text(G, KEY, "1988", facts)))
        assert field in err and "Traceback" not in err, facts


def test_worked_case_1988_through_the_cli(capsys, tmp_path: Path):
    # a bank robbery (20 years) committed on release: 6 + 6 = 12; category VI: 30-37 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(
        G, KEY, "1988-06-15", "maximum_months = 240")))
    assert chapter_two_steps(result) == [("§2J1.7(a)", 6), ("§2J1.7(b)(1)", 12)]
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15"])
def test_the_enhancement_before_nov_1989_points_to_this_guideline(capsys, tmp_path: Path,
                                                                   manual):
    """Before Nov. 1, 1989 there was no +3 enhancement of the offense committed on release
    (tables/offense_on_release.toml begins with Amendment 178): asked for, it is refused
    naming the guideline that then applied, as a count of its own."""
    case = write_case(tmp_path, "e", f'manual = "{manual}"\n[offense]\nguideline = "other"\n'
                      'offense_level = 10\n[adjustments.obstruction]\n'
                      'offense_while_on_release = true\n[criminal_history]\ncategory = "I"\n')
    err = calc_refused(capsys, case)
    assert "first recorded version is Nov. 1, 1989" in err and "Traceback" not in err
    assert 'guideline = "2J1.7"' in err and "[offense.offense_on_release_1987]" in err
