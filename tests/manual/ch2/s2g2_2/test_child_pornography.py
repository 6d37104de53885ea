"""§2G2.2 (trafficking, receipt, possession of child pornography), issue #15: the base levels
by statute, every edge of the number-of-images table with the video rule, each
characteristic as the edition has it, a worked case per era through the real command line, the
refusal before Nov. 1, 2004; hypothesis: more images never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6503-6549 (§2G2.2), 6597 (75 images a video)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 11694-11780 (§2G2.2), 11878-11879 (the video rule)
  A733  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 13574-13579 (Amendment 733, Nov. 1, 2009)
  A801  = appendix_c_2016/APPENDIX_C_Supplement.txt lines 6373-6385 (Amendment 801, Nov. 1, 2016)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.conftest import ROOT
from tests.strategies import computed

EXAMPLE = ROOT / "examples" / "child-pornography-2025.toml"
EDITIONS = ["2004-11-01", "2009-11-01", "2016-11-01", "2025-11-01"]


def _case(tmp_path: Path, facts: str, manual: str, statute: str = "2252A(a)(5)") -> Path:
    path = tmp_path / "cp.toml"
    path.write_text(f'# §2G2.2 findings under test (see the test that wrote this file)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2G2.2"\n'
                    f'[offense.child_pornography]\nconvicted_under = "{statute}"\n{facts}\n'
                    f'[criminal_history]\ncategory = "I"\n')
    return path


# (b)(7) (S2016 lines 6537-6545, S2025 lines 11760-11770): at least 10 but fewer than 150 +2,
# at least 150 +3, at least 300 +4, 600 or more +5; base 18 for § 2252A(a)(5) ((a)(1)).
IMAGE_EDGES = [(9, 18), (10, 20), (11, 20), (149, 20), (150, 21), (151, 21),
               (299, 21), (300, 22), (301, 22), (599, 22), (600, 23), (601, 23)]
# The video rule (S2016 line 6597; S2025 lines 11878-11879): each video 75 images.
VIDEO_EDGES = [(0, 1, 20),     # 75
               (74, 1, 20),    # 149
               (75, 1, 21),    # 150
               (0, 2, 21),     # 150
               (0, 4, 22),     # 300
               (74, 7, 22),    # 599
               (75, 7, 23),    # 600
               (0, 8, 23)]     # 600


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("images,level", IMAGE_EDGES)
def test_images_table_edges(capsys, tmp_path, manual, images, level):
    assert _run(capsys, _case(tmp_path, f"images = {images}", manual)
                )["total_offense_level"] == level


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("images,videos,level", VIDEO_EDGES)
def test_each_video_is_75_images(capsys, tmp_path, manual, images, videos, level):
    assert _run(capsys, _case(tmp_path, f"images = {images}\nvideos = {videos}", manual)
                )["total_offense_level"] == level


# (a)(1) 18 names § 1466A(b), § 2252(a)(4), § 2252A(a)(5), and from Amendment 733 (A733)
# § 2252A(a)(7); (a)(2) 22 otherwise.
BASE = [("2004-11-01", "2252A(a)(7)", 22), ("2009-11-01", "2252A(a)(7)", 18),
        ("2025", "2252A(a)(7)", 18), ("2004-11-01", "2252(a)(4)", 18),
        ("2025", "1466A(b)", 18), ("2025", "2252A(a)(2)", 22), ("2025", "2252(a)(2)", 22)]


@pytest.mark.parametrize("manual,statute,level", BASE)
def test_base_level_by_statute(capsys, tmp_path, manual, statute, level):
    assert _run(capsys, _case(tmp_path, "", manual, statute))["total_offense_level"] == level


def test_receipt_only_decrease_needs_a2(capsys, tmp_path):
    # (b)(1) (S2025 lines 11706-11709): "If (A) subsection (a)(2) applies; ... decrease by 2"
    facts = "receipt_only_no_intent_to_distribute = true"
    assert _run(capsys, _case(tmp_path, facts, "2025", "2252A(a)(2)"))["total_offense_level"] == 20
    result = _run(capsys, _case(tmp_path, facts, "2025", "2252A(a)(5)"))
    assert result["total_offense_level"] == 18
    assert any(s["section"] == "§2G2.2(b)(1)" and s["change"] == "not applied"
               for s in result["steps"])


DISTRIBUTION = [("valuable_consideration", "(B)", 23), ("to_minor", "(C)", 23),
                ("to_minor_for_illegal_activity", "(D)", 24),
                ("to_minor_for_prohibited_sexual_conduct", "(E)", 25),
                ("other_distribution", "(F)", 20)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("kind,clause,level", DISTRIBUTION)
def test_distribution(capsys, tmp_path, manual, kind, clause, level):
    # (b)(3) (S2016 lines 6517-6529; A801 for the words before 2016): 5, 5, 6, 7, 2 levels
    result = _run(capsys, _case(tmp_path, f'distribution = "{kind}"', manual))
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2G2.2(b)(3){clause}" for s in result["steps"])


def test_pecuniary_gain_takes_the_2b1_1_levels_found_at_least_5(capsys, tmp_path):
    facts = 'distribution = "pecuniary_gain"\npecuniary_gain_levels = 8'
    assert _run(capsys, _case(tmp_path, facts, "2025"))["total_offense_level"] == 26
    err = _refused(capsys, _case(tmp_path, 'distribution = "pecuniary_gain"', "2025"))
    assert "offense.child_pornography.retail_value" in err and "pecuniary_gain_levels" in err
    err = _refused(capsys, _case(tmp_path, facts.replace("8", "4"), "2025"))
    assert "pecuniary_gain_levels" in err


# (b)(3)(A): "increase by the number of levels from the table in §2B1.1 ... corresponding to
# the retail value of the material, but by not less than 5 levels" (S2025 §2G2.2(b)(3)(A);
# S2016 line 6519). The §2B1.1(b)(1) table of each Manual, read by hand: 2004 and 2009 the
# table Amendment 791 quotes as struck (App. C Supplement lines 4582-4585: "(D) More than
# $30,000 add 6", "(E) More than $70,000 add 8", "(F) More than $120,000 add 10", "(G) More
# than $200,000 add 12"); 2016 and 2025 Amendment 791's table (sections/2016/
# USSG_2B1.1_2016.txt lines 23-27: "(D) More than $40,000 add 6", "(E) More than $95,000 add
# 8", "(F) More than $150,000 add 10"). _case's statute, 18 U.S.C. § 2252A(a)(5), gives
# (a)(1) 18: the level is 18 plus the levels of (b)(3)(A).
RETAIL = [("2004-11-01", "$120,000", 8), ("2004-11-01", "$120,000.01", 10),
          ("2009-11-01", "$200,000.01", 12), ("2009-11-01", "$30,000", 5),
          ("2016-11-01", "$150,000", 8), ("2016-11-01", "$150,000.01", 10),
          ("2025-11-01", "$40,000", 5), ("2025-11-01", "$40,000.01", 6),
          ("2025-11-01", "$95,000.01", 8), ("2025-11-01", "$100", 5)]


@pytest.mark.parametrize("manual,value,levels", RETAIL)
def test_pecuniary_gain_reads_the_2b1_1_table_for_the_retail_value(capsys, tmp_path, manual,
                                                                    value, levels):
    """At and a cent above §2B1.1 lines, and below 5 levels (the floor "not less than 5")."""
    facts = f'distribution = "pecuniary_gain"\nretail_value = "{value}"'
    result = _run(capsys, _case(tmp_path, facts, manual))
    assert result["total_offense_level"] == 18 + levels
    (step,) = [s for s in result["steps"] if s["section"] == "§2G2.2(b)(3)(A)"]
    assert step["delta"] == levels


def test_retail_value_and_levels_as_found_not_both(capsys, tmp_path):
    facts = 'distribution = "pecuniary_gain"\nretail_value = "$1,000"\npecuniary_gain_levels = 8'
    assert "offense.child_pornography.retail_value" in _refused(
        capsys, _case(tmp_path, facts, "2025"))
    err = _refused(capsys, _case(tmp_path, 'distribution = "to_minor"\nretail_value = "$1,000"',
                                 "2025"))
    assert "offense.child_pornography.retail_value" in err


def test_facts_an_edition_does_not_have_are_refused(capsys, tmp_path):
    # (b)(4)(B) infant or toddler from A801; (b)(6) accessing with intent to view from A733
    err = _refused(capsys, _case(tmp_path, 'portrays = ["infant_or_toddler"]', "2015-11-01"))
    assert "offense.child_pornography.portrays" in err
    assert _run(capsys, _case(tmp_path, 'portrays = ["infant_or_toddler"]', "2016-11-01")
                )["total_offense_level"] == 22
    err = _refused(capsys, _case(tmp_path, 'computer = "accessing_with_intent_to_view"',
                                 "2008-11-01"))
    assert "offense.child_pornography.computer" in err
    assert _run(capsys, _case(tmp_path, 'computer = "accessing_with_intent_to_view"',
                              "2009-11-01"))["total_offense_level"] == 20


def test_worked_case_2025(capsys):
    """examples/child-pornography-2025.toml, worked by hand in its comments from S2025."""
    result = _run(capsys, EXAMPLE)
    two = [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert two == [("§2G2.2(a)(1)", 18), ("§2G2.2(b)(2)", 20), ("§2G2.2(b)(3)(F)", 22),
                   ("§2G2.2(b)(4)", 26), ("§2G2.2(b)(6)", 28), ("§2G2.2(b)(7)(D)", 33)]
    assert result["total_offense_level"] == 30


def test_worked_case_2005_era(capsys, tmp_path):
    """Nov. 1, 2004 Manual: receipt (§ 2252A(a)(2), (a)(2) 22), limited to receipt (-2),
    prepubescent (+2), a pattern of activity (+5), a computer (+2), 40 images and 2 videos
    (190: +3), a production level of 32 found under §2G2.1 (greater: applied)."""
    facts = ("receipt_only_no_intent_to_distribute = true\nprepubescent_minor = true\n"
             "pattern_of_activity = true\n"
             'computer = "possession_transmission_receipt_or_distribution"\n'
             "images = 40\nvideos = 2\nproduction_offense_level = 32")
    steps = _run(capsys, _case(tmp_path, facts, "2004-11-01", "2252A(a)(2)"))["steps"]
    assert [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"] == [
        ("§2G2.2(a)(2)", 22), ("§2G2.2(b)(1)", 20), ("§2G2.2(b)(2)", 22),
        ("§2G2.2(b)(5)", 27), ("§2G2.2(b)(6)", 29), ("§2G2.2(b)(7)(B)", 32),
        ("§2G2.2(c)(1)", 32)]
    cross = [s for s in steps if s["section"] == "§2G2.2(c)(1)"][0]
    assert cross["change"] == "not applied"  # 32 is not greater than 32


def test_possession_before_amendment_664_is_refused(capsys, tmp_path):
    # Before Nov. 1, 2004 possession was §2G2.4 (Amendment 664 consolidated it; App. C Vol.
    # III lines 1734-1856); the earlier §2G2.2 versions: test_child_pornography_2000_2004.py
    err = _refused(capsys, _case(tmp_path, "images = 20", "2003-11-01"))
    assert "offense.child_pornography.convicted_under" in err and "§2G2.4" in err


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS), images=st.integers(0, 2000),
       videos=st.integers(0, 20), more=st.integers(1, 700), more_videos=st.integers(0, 5),
       flags=st.lists(st.booleans(), min_size=4, max_size=4),
       distribution=st.sampled_from([None] + [d for d, _, _ in DISTRIBUTION]),
       statute=st.sampled_from(["2252A(a)(5)", "2252A(a)(2)", "2252A(a)(7)"]))
def test_more_images_never_lower_the_level(manual, images, videos, more, more_videos, flags,
                                           distribution, statute):
    def level(n: int, v: int) -> int:
        facts = {"convicted_under": statute, "images": n, "videos": v,
                 # (b)(1) and a (b)(3) finding that the defendant distributed cannot both
                 # be true (2016 on: refused; test_audit_2025.py)
                 "receipt_only_no_intent_to_distribute": flags[0] and distribution not in (
                     "valuable_consideration", "other_distribution"),
                 "prepubescent_minor": flags[1], "pattern_of_activity": flags[2]}
        facts |= {"portrays": ["sadistic_masochistic_or_violence"]} if flags[3] else {}
        facts |= {"distribution": distribution} if distribution else {}
        case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                    "offense": {"guideline": "2G2.2",
                                                "child_pornography": facts}})
        result = computed(case).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert level(images, videos) <= level(images + more, videos + more_videos)


def test_infant_or_toddler_and_vulnerable_victim_are_not_both_applied(capsys, tmp_path):
    """§2G2.2, comment. (n.4) (S2016 line 6585; S2025 lines 11861-11862): "If subsection
    (b)(4)(B) applies, do not apply §3A1.1(b)"."""
    path = tmp_path / "cp.toml"
    path.write_text('# (b)(4)(B) and §3A1.1(b) stated together\nmanual = "2025"\n'
                    '[offense]\nguideline = "2G2.2"\n[offense.child_pornography]\n'
                    'convicted_under = "2252A(a)(5)"\nportrays = ["infant_or_toddler"]\n'
                    '[adjustments.victim]\nvulnerable_victim = true\n'
                    '[criminal_history]\ncategory = "I"\n')
    err = _refused(capsys, path)
    assert "adjustments.victim.vulnerable_victim" in err and "§3A1.1(b)" in err
