"""Second reading of §2G2.1 before Nov. 1, 2015 (round 7 audit): each amendment that changed a
level, the day before and the day it took effect, through the real CLI with a case file
sentenced on that day (the Manual in force on the date, §1B1.11(a)). Amendments 161 (1989),
400 (1991), 575 (1997), 612 (May 1, 2001), 627 (Nov. 1, 2001), 661 (2003), 736 and 737 (2009)
changed only the commentary, statutory provisions or other guidelines (read below).

Sources (under /work/shared/reference/ussg/appendix_c_2016/):
  A324 = APPENDIX_C_Vol_I.txt lines 6794-6806: (b)(1) "If the minor was under the age of
         twelve years, increase by 2 levels." replaced by "under the age of twelve years,
         increase by 4 levels; otherwise, ... under the age of sixteen years, increase by 2
         levels"; (b)(2) custodian +2; line 6847 effective Nov. 1, 1990
  A537 = APPENDIX_C_Vol_I.txt lines 18230-18242: (a) "25" to "27"; (b)(3) "If a computer was
         used to solicit participation ... increase by 2 levels"; line 18352 eff. Nov. 1, 1996
  A592 = APPENDIX_C_Vol_II.txt lines 1783-1792: (b)(3) (A) knowing misrepresentation of a
         participant's identity or (B) computer, +2; line 2063 effective Nov. 1, 2000
  A664 = APPENDIX_C_Vol_III.txt lines 1558-1581: (a) "27" to "32"; (b)(2) sexual act or
         contact +2, with § 2241(a) or (b) conduct +4; (b)(3) distribution +2; (b)(4) sadistic
         +4; (c)(1) murder cross reference; line 2557 effective Nov. 1, 2004
  A733 = APPENDIX_C_Vol_III.txt lines 13563-13564: "or for the purpose of transmitting such
         material live" in (b)(6); line 14012 effective Nov. 1, 2009
  A161 = Vol_I lines 3253-3260, A400 = Vol_I lines 10635-10644, A612 = Vol_II lines
         4670-4678, A627 = Vol_II lines 8453-8458 (repromulgated, changes only to §5E1.1),
         A661 = Vol_II line 17052, A733's commentary = Vol_III lines 13565-13570
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.sentenced_on import dated_case

FIELD = "offense.production"


def _case(tmp_path: Path, day: str, facts: str = "") -> Path:
    return dated_case(tmp_path, "2G2.1", "production", facts, day)


def _steps(capsys, tmp_path, day, facts=""):
    return chapter_two_steps(calc_json(capsys, _case(tmp_path, day, facts)))


def test_a324_nov_1_1990_age_and_custodian(capsys, tmp_path):
    # the day before: under twelve +2 (the words A324 deleted); no custodian paragraph
    assert _steps(capsys, tmp_path, "1990-10-31", 'minor_age = "under_twelve"') == [
        ("§2G2.1(a)", 25), ("§2G2.1(b)(1)", 27)]
    assert f"{FIELD}.custodian" in calc_refused(capsys, _case(tmp_path, "1990-10-31",
                                                               "custodian = true"))
    assert f"{FIELD}.minor_age" in calc_refused(
        capsys, _case(tmp_path, "1990-10-31", 'minor_age = "twelve_to_fifteen"'))
    assert _steps(capsys, tmp_path, "1990-11-01",
                  'minor_age = "under_twelve"\ncustodian = true') == [
        ("§2G2.1(a)", 25), ("§2G2.1(b)(1)", 29), ("§2G2.1(b)(2)", 31)]
    assert _steps(capsys, tmp_path, "1990-11-01", 'minor_age = "twelve_to_fifteen"') == [
        ("§2G2.1(a)", 25), ("§2G2.1(b)(1)", 27)]


def test_a537_nov_1_1996_base_27_and_computer(capsys, tmp_path):
    facts = 'misrepresentation_or_computer = ["computer"]'
    assert _steps(capsys, tmp_path, "1996-10-31") == [("§2G2.1(a)", 25)]
    assert f"{FIELD}.misrepresentation_or_computer" in calc_refused(
        capsys, _case(tmp_path, "1996-10-31", facts))
    assert _steps(capsys, tmp_path, "1996-11-01", facts) == [
        ("§2G2.1(a)", 27), ("§2G2.1(b)(3)", 29)]


def test_a592_nov_1_2000_misrepresented_identity(capsys, tmp_path):
    facts = 'misrepresentation_or_computer = ["misrepresented_identity"]'
    assert f"{FIELD}.misrepresentation_or_computer" in calc_refused(
        capsys, _case(tmp_path, "2000-10-31", facts))
    assert _steps(capsys, tmp_path, "2000-11-01", facts) == [
        ("§2G2.1(a)", 27), ("§2G2.1(b)(3)", 29)]


@pytest.mark.parametrize("facts,field,section,plus", [
    ('sexual_conduct = "sexual_act_or_contact"', "sexual_conduct", "§2G2.1(b)(2)(A)", 2),
    ('sexual_conduct = "sexual_act_with_2241_conduct"', "sexual_conduct", "§2G2.1(b)(2)(B)",
     4),
    ("knowing_distribution = true", "knowing_distribution", "§2G2.1(b)(3)", 2),
    ('portrays = ["sadistic_masochistic_or_violence"]', "portrays", "§2G2.1(b)(4)", 4)])
def test_a664_nov_1_2004_base_32_and_new_paragraphs(capsys, tmp_path, facts, field, section,
                                                    plus):
    assert _steps(capsys, tmp_path, "2004-10-31") == [("§2G2.1(a)", 27)]
    assert f"{FIELD}.{field}" in calc_refused(capsys, _case(tmp_path, "2004-10-31", facts))
    assert _steps(capsys, tmp_path, "2004-11-01", facts) == [
        ("§2G2.1(a)", 32), (section, 32 + plus)]


def test_a664_custodian_and_computer_renumbered(capsys, tmp_path):
    facts = 'custodian = true\nmisrepresentation_or_computer = ["computer"]'
    assert _steps(capsys, tmp_path, "2004-10-31", facts) == [
        ("§2G2.1(a)", 27), ("§2G2.1(b)(2)", 29), ("§2G2.1(b)(3)", 31)]
    assert _steps(capsys, tmp_path, "2004-11-01", facts) == [
        ("§2G2.1(a)", 32), ("§2G2.1(b)(5)", 34), ("§2G2.1(b)(6)", 36)]


def test_a733_nov_1_2009_live_transmission_words(capsys, tmp_path):
    facts = 'misrepresentation_or_computer = ["computer"]'
    for day, live in (("2009-10-31", False), ("2009-11-01", True)):
        result = calc_json(capsys, _case(tmp_path, day, facts))
        assert chapter_two_steps(result) == [("§2G2.1(a)", 32), ("§2G2.1(b)(6)", 34)]
        step = next(s for s in result["steps"] if s["section"] == "§2G2.1(b)(6)")
        assert ("transmitting such material live" in step["reason"]) is live
