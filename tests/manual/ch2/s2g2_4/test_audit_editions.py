"""Second reading of §2G2.4 (Nov. 1, 1991 - Oct. 31, 2004), round 7 audit: each amendment the
day before and the day it took effect, through the real CLI with a case file sentenced on that
day (no `manual`: the Manual in force on the date, §1B1.11(a)).

Sources (under /work/shared/reference/ussg/appendix_c_2016/):
  A372 = APPENDIX_C_Vol_I.txt lines 8719-8722: §2G2.4 inserted, line 8746 effective Nov. 1, 1991
  A436 = APPENDIX_C_Vol_I.txt lines 11639-11648: (a) "deleting '10' and inserting ... '13'";
         (b)(2) "possessing ten or more books, ... or other items ... increase by 2 levels";
         line 11664 effective Nov. 27, 1991
  A537 = APPENDIX_C_Vol_I.txt lines 18301-18305: (a) "13" to "15"; (b)(3) "use of a computer,
         increase by 2 levels"; line 18352 effective Nov. 1, 1996
  A649 = APPENDIX_C_Vol_II.txt lines 12532-12539: (b)(4) sadistic +4, (b)(5) "(A) at least 10
         images ... 2 levels ... (D) 600 or more images, increase by 5 levels"; line 12689
         effective Apr. 30, 2003
  A664 = APPENDIX_C_Vol_III.txt line 2034: "striking §2G2.4 and its accompanying commentary",
         line 2557 effective Nov. 1, 2004
"""

from __future__ import annotations

from pathlib import Path

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.sentenced_on import dated_case

FIELD = "offense.child_pornography_possession"


def _case(tmp_path: Path, day: str, facts: str = "") -> Path:
    return dated_case(tmp_path, "2G2.4", "child_pornography_possession", facts, day)


def _steps(capsys, tmp_path, day, facts=""):
    return chapter_two_steps(calc_json(capsys, _case(tmp_path, day, facts)))


def test_a372_nov_1_1991_inserted(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, "1991-10-31", "prepubescent_minor = true"))
    assert "2G2.4" in err and "Amendment 372" in err
    assert _steps(capsys, tmp_path, "1991-11-01", "prepubescent_minor = true") == [
        ("§2G2.4(a)", 10), ("§2G2.4(b)(1)", 12)]


def test_a436_nov_27_1991_base_13_and_items(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, "1991-11-26", "items = 10"))
    assert f"{FIELD}.items" in err and "Amendment 436" in err
    assert _steps(capsys, tmp_path, "1991-11-26", "items = 9") == [("§2G2.4(a)", 10)]
    # nine items: (b)(2) shown, "no increase"
    assert _steps(capsys, tmp_path, "1991-11-27", "items = 9") == [
        ("§2G2.4(a)", 13), ("§2G2.4(b)(2)", 13)]
    assert _steps(capsys, tmp_path, "1991-11-27", "items = 10") == [
        ("§2G2.4(a)", 13), ("§2G2.4(b)(2)", 15)]


def test_a537_nov_1_1996_base_15_and_computer(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, "1996-10-31", "computer = true"))
    assert f"{FIELD}.computer" in err and "Amendment 537" in err
    assert _steps(capsys, tmp_path, "1996-10-31") == [("§2G2.4(a)", 13)]
    assert _steps(capsys, tmp_path, "1996-11-01", "computer = true") == [
        ("§2G2.4(a)", 15), ("§2G2.4(b)(3)", 17)]


def test_a649_apr_30_2003_portrayal_and_images(capsys, tmp_path):
    facts = 'portrays = ["sadistic_masochistic_or_violence"]'
    err = calc_refused(capsys, _case(tmp_path, "2003-04-29", facts))
    assert f"{FIELD}.portrays" in err and "Amendment 649" in err
    err = calc_refused(capsys, _case(tmp_path, "2003-04-29", "images = 10"))
    assert f"{FIELD}.images" in err and "Amendment 649" in err
    assert _steps(capsys, tmp_path, "2003-04-30", facts + "\nimages = 600") == [
        ("§2G2.4(a)", 15), ("§2G2.4(b)(4)", 19), ("§2G2.4(b)(5)(D)", 24)]
    assert _steps(capsys, tmp_path, "2003-04-30", "images = 599") == [
        ("§2G2.4(a)", 15), ("§2G2.4(b)(5)(C)", 19)]


def test_a664_nov_1_2004_deleted(capsys, tmp_path):
    assert _steps(capsys, tmp_path, "2004-10-31", "items = 10") == [
        ("§2G2.4(a)", 15), ("§2G2.4(b)(2)", 17)]
    err = calc_refused(capsys, _case(tmp_path, "2004-11-01", "items = 10"))
    assert "2G2.4" in err and "Amendment 664" in err
