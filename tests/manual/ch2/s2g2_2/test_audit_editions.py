"""Second reading of §2G2.2 before Nov. 1, 2015 (round 7 audit): each amendment that changed
what ussg computes, the day before and the day it took effect, through the real CLI with a
case file sentenced on that day (no `manual`: §1B1.11(a), the Manual in force on the date).

Sources (under /work/shared/reference/ussg/appendix_c_2016/):
  A31  = APPENDIX_C_Vol_I.txt lines 416-421: "a prepubescent minor or" inserted in (b)(1),
         effective June 15, 1988
  A325 = APPENDIX_C_Vol_I.txt lines 6848-6859: (b)(3) "sadistic or masochistic ... increase by
         4 levels" and (c)(1) to §2G2.1 "if the resulting offense level is greater", line 6887
         effective Nov. 1, 1990
  A372 = APPENDIX_C_Vol_I.txt lines 8719-8746: §2G2.4 (Receipt or Possession) inserted,
         effective Nov. 1, 1991
  A435 = APPENDIX_C_Vol_I.txt lines 11615-11623: (a) "13" to "15"; (b)(4) pattern "increase by
         5 levels"; line 11638 effective Nov. 27, 1991
  A537 = APPENDIX_C_Vol_I.txt lines 18246-18250: (a) "15" to "17"; (b)(5) "If a computer was
         used for the transmission of the material ... increase by 2 levels", line 18352
         effective Nov. 1, 1996
  A592 = APPENDIX_C_Vol_II.txt lines 1829-1844: (b)(2) "(Apply the Greatest)" (A) pecuniary
         gain, table in §2F1.1, not less than 5; (B) thing of value 5; (C) to a minor 5; (D) to
         a minor for prohibited sexual conduct 7; (E) other 2; line 2063 effective Nov. 1, 2000
  A617 = APPENDIX_C_Vol_II.txt lines 6622-6623: (b)(2)(A) "§2F1.1 (Fraud and Deceit)" to
         "§2B1.1 (Theft, Property Destruction, and Fraud)", line 7665 effective Nov. 1, 2001.
         §2F1.1's table as A617 struck it: Vol_II lines 5838-5846 ("(F) More than $40,000 add
         5", "(G) More than $70,000 add 6"); §2B1.1's table of Nov. 1, 2001 as A791 struck it:
         APPENDIX_C_Supplement.txt lines 4578-4583 ("(D) More than $30,000 add 6", "(E) More
         than $70,000 add 8")
  A649 = APPENDIX_C_Vol_II.txt lines 12523-12531: (b)(6) "(A) at least 10 images, but fewer
         than 150, increase by 2 levels", line 12689 effective Apr. 30, 2003
  A661 = APPENDIX_C_Vol_II.txt line 17064: ", receipt, or distribution" in (b)(5), line 17189
         effective Nov. 1, 2003
  A664 = APPENDIX_C_Vol_III.txt lines 1858-1935: (a)(1) 18 for § 1466A(b), § 2252(a)(4),
         § 2252A(a)(5), (a)(2) 22 otherwise, (b)(1) receipt only -2, (b)(3)(D) 6 levels
         (line 2557 effective Nov. 1, 2004); line 2010 the 75 images a video
  A733 = APPENDIX_C_Vol_III.txt lines 13574-13577: ", or § 2252A(a)(7)" in (a)(1); "or for
         accessing with intent to view the material" in (b)(6), line 14012 effective
         Nov. 1, 2009
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.sentenced_on import dated_case


def _case(tmp_path: Path, day: str, facts: str, statute: str = "2252(a)(2)") -> Path:
    return dated_case(tmp_path, "2G2.2", "child_pornography",
                      f'convicted_under = "{statute}"\n{facts}', day)


def _steps(capsys, tmp_path, day, facts="", statute="2252(a)(2)"):
    return chapter_two_steps(calc_json(capsys, _case(tmp_path, day, facts, statute)))


def _refusal(capsys, tmp_path, day, facts, statute="2252(a)(2)"):
    return calc_refused(capsys, _case(tmp_path, day, facts, statute))


def test_a31_june_15_1988_words_of_b1(capsys, tmp_path):
    # A31 (Vol_I 416-421) only adds words to (b)(1): +2 on both days, the words from June 15
    for day, words in (("1988-06-14", False), ("1988-06-15", True)):
        result = calc_json(capsys, _case(tmp_path, day, "prepubescent_minor = true"))
        assert chapter_two_steps(result) == [("§2G2.2(a)", 13), ("§2G2.2(b)(1)", 15)]
        step = next(s for s in result["steps"] if s["section"] == "§2G2.2(b)(1)")
        assert ("a prepubescent minor or" in step["reason"]) is words


def test_a325_nov_1_1990_sadistic_and_cross_reference(capsys, tmp_path):
    facts = 'portrays = ["sadistic_masochistic_or_violence"]'
    err = _refusal(capsys, tmp_path, "1990-10-31", facts)
    assert "offense.child_pornography.portrays" in err and "Amendment 325" in err
    err = _refusal(capsys, tmp_path, "1990-10-31", "production_offense_level = 30")
    assert "offense.child_pornography.production" in err
    # A325 (Vol_I 6849-6850): +4 over 13; (c)(1) 30 > 17 adopted (Vol_I 6851-6859)
    assert _steps(capsys, tmp_path, "1990-11-01", facts + "\nproduction_offense_level = 30") == [
        ("§2G2.2(a)", 13), ("§2G2.2(b)(3)", 17), ("§2G2.2(c)(1)", 30)]


def test_a372_nov_1_1991_possession_to_2g2_4(capsys, tmp_path):
    err = _refusal(capsys, tmp_path, "1991-10-31", "", "2252(a)(4)")
    assert "offense.child_pornography.convicted_under" in err and 'guideline = "other"' in err
    err = _refusal(capsys, tmp_path, "1991-11-01", "", "2252(a)(4)")
    assert 'guideline = "2G2.4"' in err


def test_a435_nov_27_1991_base_15_and_pattern(capsys, tmp_path):
    # the day before: (a) 13 and no (b)(4) (A435 "deleting '13' and inserting ... '15'")
    assert _steps(capsys, tmp_path, "1991-11-26") == [("§2G2.2(a)", 13)]
    err = _refusal(capsys, tmp_path, "1991-11-26", "pattern_of_activity = true")
    assert "offense.child_pornography.pattern_of_activity" in err and "Amendment 435" in err
    assert _steps(capsys, tmp_path, "1991-11-27", "pattern_of_activity = true") == [
        ("§2G2.2(a)", 15), ("§2G2.2(b)(4)", 20)]


def test_a537_nov_1_1996_base_17_and_computer(capsys, tmp_path):
    facts = 'computer = "transmission_or_notice"'
    assert _steps(capsys, tmp_path, "1996-10-31") == [("§2G2.2(a)", 15)]
    err = _refusal(capsys, tmp_path, "1996-10-31", facts)
    assert "offense.child_pornography.computer" in err and "Amendment 537" in err
    assert _steps(capsys, tmp_path, "1996-11-01", facts) == [
        ("§2G2.2(a)", 17), ("§2G2.2(b)(5)", 19)]


@pytest.mark.parametrize("kind,clause,plus", [
    ("valuable_consideration", "(B)", 5), ("to_minor", "(C)", 5),
    ("to_minor_for_prohibited_sexual_conduct", "(D)", 7), ("other_distribution", "(E)", 2)])
def test_a592_nov_1_2000_kinds_of_distribution(capsys, tmp_path, kind, clause, plus):
    facts = f'distribution = "{kind}"'
    err = _refusal(capsys, tmp_path, "2000-10-31", facts)
    assert "offense.child_pornography.distribution" in err and "Amendment 592" in err
    assert _steps(capsys, tmp_path, "2000-11-01", facts) == [
        ("§2G2.2(a)", 17), (f"§2G2.2(b)(2){clause}", 17 + plus)]


def test_a592_to_minor_for_illegal_activity_not_before_2004(capsys, tmp_path):
    # A592's (b)(2) has no "any illegal activity" clause; A664's (b)(3)(D) (Vol_III 1890-1894)
    facts = 'distribution = "to_minor_for_illegal_activity"'
    err = _refusal(capsys, tmp_path, "2004-10-31", facts)
    assert "offense.child_pornography.distribution" in err
    assert _steps(capsys, tmp_path, "2004-11-01", facts) == [
        ("§2G2.2(a)(2)", 22), ("§2G2.2(b)(3)(D)", 28)]


@pytest.mark.parametrize("value,before,since", [
    # §2F1.1 (Vol_II 5844-5845) vs §2B1.1 of Nov. 1, 2001 (Supplement 4581-4582), floor 5
    ("$70,000", 5, 6), ("$70,001", 6, 8), ("$30,001", 5, 6), ("$30,000", 5, 5)])
def test_a617_nov_1_2001_retail_value_read_on_2b1_1(capsys, tmp_path, value, before, since):
    facts = f'distribution = "pecuniary_gain"\nretail_value = "{value}"'
    result = calc_json(capsys, _case(tmp_path, "2001-10-31", facts))
    assert result["total_offense_level"] == 17 + before
    assert "§2F1.1(b)(1)" in str(result["steps"])
    result = calc_json(capsys, _case(tmp_path, "2001-11-01", facts))
    assert result["total_offense_level"] == 17 + since
    assert "§2B1.1(b)(1)" in str(result["steps"])


def test_a649_apr_30_2003_images(capsys, tmp_path):
    err = _refusal(capsys, tmp_path, "2003-04-29", "images = 10")
    assert "offense.child_pornography.images" in err and "Amendment 649" in err
    assert _steps(capsys, tmp_path, "2003-04-29", "images = 9") == [("§2G2.2(a)", 17)]
    assert _steps(capsys, tmp_path, "2003-04-30", "images = 10") == [
        ("§2G2.2(a)", 17), ("§2G2.2(b)(6)(A)", 19)]
    assert _steps(capsys, tmp_path, "2003-04-30", "images = 600") == [
        ("§2G2.2(a)", 17), ("§2G2.2(b)(6)(D)", 22)]


def test_a661_nov_1_2003_computer_receipt(capsys, tmp_path):
    facts = 'computer = "transmission_receipt_distribution_or_notice"'
    err = _refusal(capsys, tmp_path, "2003-10-31", facts)
    assert "offense.child_pornography.computer" in err
    assert _steps(capsys, tmp_path, "2003-11-01", facts) == [
        ("§2G2.2(a)", 17), ("§2G2.2(b)(5)", 19)]


def test_a664_nov_1_2004_consolidation(capsys, tmp_path):
    # the day before: 17 for receipt, possession §2G2.4, no video rule, no (b)(1) decrease
    assert _steps(capsys, tmp_path, "2004-10-31") == [("§2G2.2(a)", 17)]
    assert 'guideline = "2G2.4"' in _refusal(capsys, tmp_path, "2004-10-31", "", "2252(a)(4)")
    assert "offense.child_pornography.videos" in _refusal(capsys, tmp_path, "2004-10-31",
                                                          "videos = 1")
    err = _refusal(capsys, tmp_path, "2004-10-31",
                   "receipt_only_no_intent_to_distribute = true")
    assert "offense.child_pornography.receipt_only_no_intent_to_distribute" in err
    # A664 (Vol_III 1866-1874): (a)(1) 18, (a)(2) 22, (b)(1) -2; videos 75 images (line 2010)
    assert _steps(capsys, tmp_path, "2004-11-01", "", "2252(a)(4)") == [("§2G2.2(a)(1)", 18)]
    assert _steps(capsys, tmp_path, "2004-11-01",
                  "receipt_only_no_intent_to_distribute = true\nvideos = 2") == [
        ("§2G2.2(a)(2)", 22), ("§2G2.2(b)(1)", 20), ("§2G2.2(b)(7)(B)", 23)]


def test_a733_nov_1_2009_2252a_a_7_and_accessing(capsys, tmp_path):
    # before A733 § 2252A(a)(7) is not in (a)(1): "(2) 22, otherwise"
    assert _steps(capsys, tmp_path, "2009-10-31", "", "2252A(a)(7)") == [("§2G2.2(a)(2)", 22)]
    assert _steps(capsys, tmp_path, "2009-11-01", "", "2252A(a)(7)") == [("§2G2.2(a)(1)", 18)]
    facts = 'computer = "accessing_with_intent_to_view"'
    assert "offense.child_pornography.computer" in _refusal(capsys, tmp_path, "2009-10-31",
                                                            facts, "2252A(a)(5)")
    assert _steps(capsys, tmp_path, "2009-11-01", facts, "2252A(a)(5)") == [
        ("§2G2.2(a)(1)", 18), ("§2G2.2(b)(6)", 20)]
