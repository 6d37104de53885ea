"""§2G2.2 from Nov. 1, 2000 to Oct. 31, 2004 (issue #15): the guideline before Amendment 664
consolidated §2G2.4 (possession) into it, rebuilt from the text Amendment 664 struck, through
the real CLI; the refusals of facts these editions do not have; the refusal before Nov. 1, 2000;
hypothesis: more images never lower the level.

Sources (appendix_c_2016/ under /work/shared/reference/ussg/):
  A664 = APPENDIX_C_Vol_III.txt lines 1734-1856: §2G2.2 as struck on Nov. 1, 2004, quoted
         whole: "(a) Base Offense Level: 17"; (b)(1) prepubescent +2; (b)(2) (A) pecuniary
         gain, §2B1.1 table, not less than 5, (B) thing of value 5, (C) to a minor 5, (D) to a
         minor for prohibited sexual conduct 7, (E) other 2; (b)(3) sadistic +4; (b)(4)
         pattern +5; (b)(5) "If a computer was used for the transmission, receipt, or
         distribution of the material or a notice or advertisement of the material" +2;
         (b)(6) "(A) at least 10 images, but fewer than 150, increase by 2 levels; (B) at
         least 150 ... 3 ...; (C) at least 300 ... 4 ...; and (D) 600 or more images ... 5".
  A661 = APPENDIX_C_Vol_II.txt line 17064: ", receipt, or distribution" inserted in (b)(5)
         (Nov. 1, 2003)
  A649 = APPENDIX_C_Vol_II.txt lines 12523-12531: (b)(6) added (Apr. 30, 2003)
  A617 = APPENDIX_C_Vol_II.txt lines 6622-6623: (b)(2)(A) "§2F1.1 (Fraud and Deceit)" became
         "§2B1.1 (Theft, Property Destruction, and Fraud)" (Nov. 1, 2001)
  A592 = APPENDIX_C_Vol_II.txt lines 1829-1844: (b)(2) as inserted on Nov. 1, 2000
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.s2g2_2.test_child_pornography import _case as _cp_case
from tests.strategies import chapter_two_level

WITH_IMAGES = ["2003-04-30", "2003-11-01"]
EDITIONS = ["2000-11-01", "2001-11-01"] + WITH_IMAGES


def _case(tmp_path: Path, facts: str, manual: str, statute: str = "2252(a)(2)") -> Path:
    """A receipt/distribution count (18 U.S.C. § 2252(a)(2), §2G2.2 in every edition)."""
    return _cp_case(tmp_path, facts, manual, statute)


def _levels(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    steps = _run(capsys, _case(tmp_path, facts, manual))["steps"]
    return [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual", EDITIONS)
def test_base_offense_level_17(capsys, tmp_path, manual):
    assert _levels(capsys, tmp_path, "", manual) == [("§2G2.2(a)", 17)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("statute", ["2252(a)(4)", "2252A(a)(5)"])
def test_possession_was_2g2_4(capsys, tmp_path, manual, statute):
    err = _refused(capsys, _case(tmp_path, "", manual, statute))
    assert "offense.child_pornography.convicted_under" in err and "§2G2.4" in err


# A664 (struck) (b)(6): each edge below, at and above, over 17.
IMAGE_EDGES = [(9, 17), (10, 19), (149, 19), (150, 20), (299, 20), (300, 21), (599, 21),
               (600, 22), (601, 22)]


@pytest.mark.parametrize("manual", WITH_IMAGES)
@pytest.mark.parametrize("images,level", IMAGE_EDGES)
def test_images_table_from_april_2003(capsys, tmp_path, manual, images, level):
    result = _run(capsys, _case(tmp_path, f"images = {images}", manual))
    assert result["total_offense_level"] == level
    if images >= 10:
        assert any(s["section"].startswith("§2G2.2(b)(6)") for s in result["steps"])


@pytest.mark.parametrize("manual", EDITIONS[:2])
def test_images_refused_before_amendment_649(capsys, tmp_path, manual):
    assert _levels(capsys, tmp_path, "images = 9", manual) == [("§2G2.2(a)", 17)]
    err = _refused(capsys, _case(tmp_path, "images = 10", manual))
    assert "offense.child_pornography.images" in err and "Amendment 649" in err


@pytest.mark.parametrize("manual", WITH_IMAGES)
def test_videos_refused_before_amendment_664(capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, "videos = 1", manual))
    assert "offense.child_pornography.videos" in err and "Amendment 664" in err


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("distribution,clause,levels", [
    ("valuable_consideration", "(B)", 5), ("to_minor", "(C)", 5),
    ("to_minor_for_prohibited_sexual_conduct", "(D)", 7), ("other_distribution", "(E)", 2)])
def test_distribution_clauses(capsys, tmp_path, manual, distribution, clause, levels):
    assert _levels(capsys, tmp_path, f'distribution = "{distribution}"', manual) == [
        ("§2G2.2(a)", 17), (f"§2G2.2(b)(2){clause}", 17 + levels)]


@pytest.mark.parametrize("manual,table", [("2000-11-01", "§2F1.1 (Fraud and Deceit)"),
                                          ("2001-11-01", "§2B1.1 (Theft, Property")])
def test_pecuniary_gain_table_named_by_amendment_617(capsys, tmp_path, manual, table):
    steps = _run(capsys, _case(tmp_path, 'distribution = "pecuniary_gain"\n'
                               'pecuniary_gain_levels = 8', manual))["steps"]
    step = next(s for s in steps if s["section"] == "§2G2.2(b)(2)(A)")
    assert step["level"] == 25 and table in step["reason"]


@pytest.mark.parametrize("manual", EDITIONS)
def test_facts_of_the_2004_guideline_refused(capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, 'distribution = "to_minor_for_illegal_activity"',
                                 manual))
    assert "offense.child_pornography.distribution" in err
    err = _refused(capsys, _case(tmp_path, "receipt_only_no_intent_to_distribute = true",
                                 manual))
    assert "offense.child_pornography.receipt_only_no_intent_to_distribute" in err
    err = _refused(capsys, _case(tmp_path, 'computer = "possession_transmission_receipt_or_'
                                 'distribution"', manual))
    assert "offense.child_pornography.computer" in err


@pytest.mark.parametrize("manual,computer,level", [
    ("2000-11-01", "transmission_or_notice", 19),
    ("2003-11-01", "transmission_or_notice", 19),
    ("2003-11-01", "transmission_receipt_distribution_or_notice", 19)])
def test_computer_by_amendment_661(capsys, tmp_path, manual, computer, level):
    assert _levels(capsys, tmp_path, f'computer = "{computer}"', manual) == [
        ("§2G2.2(a)", 17), ("§2G2.2(b)(5)", level)]


def test_receipt_by_computer_refused_before_amendment_661(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'computer = "transmission_receipt_distribution_or_'
                                 'notice"', "2003-04-30"))
    assert "offense.child_pornography.computer" in err


def test_worked_case_nov_2003(capsys, tmp_path):
    """Nov. 1, 2003 Manual (A664's struck text): a prepubescent minor (+2), distribution to a
    minor (+5), sadistic material (+4), a pattern of activity (+5), a computer used for the
    receipt (+2), 200 images ((B) +3): 17, 19, 24, 28, 33, 35, 38."""
    facts = ('prepubescent_minor = true\ndistribution = "to_minor"\n'
             'portrays = ["sadistic_masochistic_or_violence"]\npattern_of_activity = true\n'
             'computer = "transmission_receipt_distribution_or_notice"\nimages = 200')
    assert _levels(capsys, tmp_path, facts, "2003-11-01") == [
        ("§2G2.2(a)", 17), ("§2G2.2(b)(1)", 19), ("§2G2.2(b)(2)(C)", 24),
        ("§2G2.2(b)(3)", 28), ("§2G2.2(b)(4)", 33), ("§2G2.2(b)(5)", 35),
        ("§2G2.2(b)(6)(B)", 38)]


def test_worked_case_2001(capsys, tmp_path):
    """Nov. 1, 2001 Manual: bartering (thing of value, +5) with a computer used to transmit
    (+2): 17, 22, 24."""
    facts = 'distribution = "valuable_consideration"\ncomputer = "transmission_or_notice"'
    assert _levels(capsys, tmp_path, facts, "2001-11-01") == [
        ("§2G2.2(a)", 17), ("§2G2.2(b)(2)(B)", 22), ("§2G2.2(b)(5)", 24)]


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(WITH_IMAGES), images=st.integers(0, 5000),
       more=st.integers(0, 5000), flags=st.lists(st.booleans(), min_size=3, max_size=3))
def test_more_images_never_lowers_the_level(manual, images, more, flags):
    def level(count: int) -> int:
        facts = {"convicted_under": "2252(a)(2)", "images": count,
                 "prepubescent_minor": flags[0], "pattern_of_activity": flags[1]}
        facts |= {"distribution": "to_minor"} if flags[2] else {}
        return chapter_two_level(manual, "2G2.2", "child_pornography", facts)
    assert level(images) <= level(images + more)


# (b)(2)(A) of Nov. 1, 2000 - Oct. 31, 2001 names "the table in §2F1.1 (Fraud and Deceit)"
# (A592, APPENDIX_C_Vol_II.txt lines 1831-1833): the §2F1.1 loss table (Amendment 154,
# APPENDIX_C_Vol_I.txt lines 3119-3138: "(F) More than $40,000 add 5", "(G) More than $70,000
# add 6", "(H) More than $120,000 add 7"), not the theft table of §2B1.1 (whose 1989 line (H)
# "More than $40,000 add 7" gave 2 levels too many at $50,000). From Nov. 1, 2001 (A617) the
# words name §2B1.1's (consolidated) table.
@pytest.mark.parametrize("value,level", [("$70,000", 22), ("$70,001", 23), ("$120,000", 23),
                                         ("$120,001", 24), ("$50,000", 22), ("$40,001", 22)])
def test_pecuniary_gain_reads_the_2f1_1_table_in_2000(capsys, tmp_path, value, level):
    facts = f'distribution = "pecuniary_gain"\nretail_value = "{value}"'
    result = _run(capsys, _case(tmp_path, facts, "2000-11-01"))
    assert result["total_offense_level"] == level  # 17 + max(5, the §2F1.1 line)
    step = next(s for s in result["steps"] if s["section"] == "§2G2.2(b)(2)(A)")
    assert "§2F1.1(b)(1)" in str(step)
