"""§2H3.3 (Obstructing Correspondence), tables/obstructing_correspondence.toml. Sources
(../shared/reference/ussg/): (a)(2)-(3) of 1990-2001 as Amendment 617 strikes them and 617's
(a)(2) (appendix_c_2016/APPENDIX_C_Vol_II.txt lines 6628-6636); Amendment 313
(APPENDIX_C_Vol_I.txt lines 6427-6428); manual_2016/GLM2016_fulltext.txt lines 6931-6945;
manual_2025/GLM2025_fulltext.txt lines 12530-12555."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2H3.3", "obstructing_correspondence"
MAX = "statutory_maximum_months = 60\n"  # 18 U.S.C. § 1702: five years


@pytest.mark.parametrize("manual", ["1987-11-01", "1990-11-01", "2001-11-01", "2016", "2025"])
def test_a1_is_6(manual):
    assert steps(G, KEY, manual) == [("§2H3.3(a)(1)", "= 6", 6)]


@pytest.mark.parametrize("manual,conduct,guideline,paragraph", [
    ("1987-11-01", "theft", "2B1.1", "(a)(2)"),
    ("1987-11-01", "destruction", "2B1.3", "(a)(3)"),
    ("2001-05-01", "destruction", "2B1.3", "(a)(3)"),
    ("2001-11-01", "destruction", "2B1.1", "(a)(2)"),  # Amendment 617
    ("2025", "theft", "2B1.1", "(a)(2)")])
def test_the_guideline_each_edition_applies(manual, conduct, guideline, paragraph):
    found = steps(G, KEY, manual, f'mail_conduct = "{conduct}"\nproperty_guideline = "other"\n'
                  "property_offense_level = 9")
    assert found == [(f"§2H3.3{paragraph}", "= 9", 9)]


@pytest.mark.parametrize("manual,conduct,wrong", [
    ("1995-11-01", "destruction", "2B1.1"),
    ("2001-11-01", "destruction", "2B1.3"),
    ("2016", "theft", "2B1.3")])
def test_another_guideline_is_refused(capsys, tmp_path: Path, manual, conduct, wrong):
    table = "theft_fraud" if wrong == "2B1.1" else "property_damage"
    more = f'[offense.{table}]\nloss = "$100"\n'
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, f'mail_conduct = "{conduct}"\n'
                                         f'property_guideline = "{wrong}"', manual, more))
    assert "offense.obstructing_correspondence.property_guideline" in err


def test_destruction_1995_through_2b1_3(capsys, tmp_path: Path):
    # 1995: (a)(3) §2B1.3: 4, loss $1,500 +2 (more than $1,000) = 6; category I: 0-6 months
    facts = 'mail_conduct = "destruction"\nproperty_guideline = "2B1.3"'
    more = '[offense.property_damage]\nloss = "$1,500"\n'
    result = calc_json(capsys, case_file(tmp_path, G, KEY, facts, "1995-11-01", more))
    assert chapter_two_steps(result) == [("§2B1.3(a)", 4), ("§2B1.3(b)(1)", 6),
                                         ("§2H3.3(a)(3)", 6)]
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}


@pytest.mark.parametrize("facts,field", [
    ('mail_conduct = "theft"', "offense.obstructing_correspondence"),
    ('property_guideline = "2B1.1"', "offense.obstructing_correspondence"),
    ('mail_conduct = "delay"\nproperty_guideline = "2B1.1"',
     "offense.obstructing_correspondence.mail_conduct"),
    ('mail_conduct = "theft"\nproperty_guideline = "other"', "offense.obstructing_correspondence")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert "obstructing_correspondence.toml" in err and field in err and "Traceback" not in err


def test_worked_case_2016_through_the_cli(capsys, tmp_path: Path):
    # 2016: (a)(1) 6; category I: 0-6 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "", "2016"))
    assert chapter_two_steps(result) == [("§2H3.3(a)(1)", 6)]
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}


def test_example_file(capsys):
    # examples/obstructing-correspondence-2h3.3-2025.toml: theft of mail, §2B1.1: 6, loss
    # $16,000 +4 (more than $15,000) = 10; (a)(2) = 10; category I: 6-12 months
    result = calc_json(capsys, EXAMPLES / "obstructing-correspondence-2h3.3-2025.toml")
    assert chapter_two_steps(result)[-1] == ("§2H3.3(a)(2)", 10)
    assert ("§2B1.1(a)(2)", 6) in chapter_two_steps(result)
    assert result["range"] == {"min_months": 6, "max_months": 12, "life": False}
