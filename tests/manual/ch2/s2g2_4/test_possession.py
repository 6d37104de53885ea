"""§2G2.4 (possession of materials depicting a minor engaged in sexually explicit conduct),
Nov. 1, 1991 - Oct. 31, 2004, through the real CLI: the base level and every characteristic of
each version, every edge of the items and images thresholds, the cross references to §2G2.1
and §2G2.2 (computed through the registry where their editions are entered, the level replacing
§2G2.4's: no "if greater"), the refusals before Nov. 1, 1991, from Nov. 1, 2004, and of a
finding an edition has no paragraph for; hypothesis: more items or images never lower the level.

Sources (under /work/shared/reference/ussg/appendix_c_2016/):
  A664 = APPENDIX_C_Vol_III.txt lines 2034-2103: §2G2.4 as struck Nov. 1, 2004, quoted whole:
         "(a) Base Offense Level: 15"; (b)(1) prepubescent +2 (line 2039); (b)(2) "ten or
         more books, ... or other items" +2 (lines 2042-2046); (b)(3) computer +2 (lines
         2047-2049); (b)(4) sadistic +4 (lines 2050-2052); (b)(5) "(A) at least 10 images,
         but fewer than 150, increase by 2 levels; (B) at least 150 ... 3 ...; (C) at least
         300 ... 4 ...; and (D) 600 or more images, increase by 5 levels" (lines 2053-2062);
         (c)(1) "apply §2G2.1", (c)(2) "apply §2G2.2" (lines 2063-2083)
  A649 = APPENDIX_C_Vol_II.txt lines 12532-12539: (b)(4), (b)(5) added Apr. 30, 2003
  A592 = APPENDIX_C_Vol_II.txt lines 1883-1894: commentary only (a file is one item)
  A537 = APPENDIX_C_Vol_I.txt lines 18301-18305: (a) "13" to "15", (b)(3) added, Nov. 1, 1996
  A436 = APPENDIX_C_Vol_I.txt lines 11639-11648: (a) "10" to "13", (b)(2) added, Nov. 27, 1991
  A372 = APPENDIX_C_Vol_I.txt lines 8719-8722: §2G2.4 inserted, Nov. 1, 1991
  2016 Manual (manual_2016/GLM2016_fulltext.txt) lines 6625-6627: "§2G2.4. [Deleted]", its
         historical note listing exactly 372, 436, 537, 592, 649 and 664
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from tests.strategies import chapter_two_level

KEY = "child_pornography_possession"
V1991 = ["1991-11-01"]  # Amendment 372: base 10, (b)(1) only
V1991_27 = ["1991-11-27", "1992-11-01", "1995-11-01"]  # Amendment 436: base 13, (b)(2)
V1996 = ["1996-11-01", "1998-11-01", "2000-05-01"]  # Amendment 537: base 15, (b)(3)
V2000 = ["2000-11-01", "2001-11-01", "2003-01-25"]  # Amendment 592: commentary only
V2003 = ["2003-04-30", "2003-11-01", "2003-11-05"]  # Amendment 649: (b)(4), (b)(5)
ALL = V1991 + V1991_27 + V1996 + V2000 + V2003


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2G2.4", KEY, facts, manual, more)


def _steps(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    result = calc_json(capsys, _case(tmp_path, facts, manual))
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual,level", [(m, 10) for m in V1991] + [(m, 13) for m in V1991_27]
                         + [(m, 15) for m in V1996 + V2000 + V2003])
def test_base_offense_level(capsys, tmp_path, manual, level):
    # A436 "(a) ... deleting "10" and inserting in lieu thereof "13""; A537 "13" to "15";
    # A664 (struck) line 2037 "Base Offense Level: 15"
    assert _steps(capsys, tmp_path, "", manual) == [("§2G2.4(a)", level)]


@pytest.mark.parametrize("manual", ALL)
def test_prepubescent_minor(capsys, tmp_path, manual):
    steps = _steps(capsys, tmp_path, "prepubescent_minor = true", manual)
    assert steps[1][0] == "§2G2.4(b)(1)" and steps[1][1] == steps[0][1] + 2


# (b)(2), A436 / A664 lines 2042-2046: "ten or more ... items": 9 below, 10 at, 11 above
@pytest.mark.parametrize("manual", V1991_27 + V1996 + V2000 + V2003)
@pytest.mark.parametrize("items,plus", [(0, 0), (9, 0), (10, 2), (11, 2), (5000, 2)])
def test_items_edges(capsys, tmp_path, manual, items, plus):
    result = calc_json(capsys, _case(tmp_path, f"items = {items}", manual))
    base = 13 if manual in V1991_27 else 15
    assert result["total_offense_level"] == base + plus
    assert any(s["section"] == "§2G2.4(b)(2)" for s in result["steps"])  # shown either way


def test_items_refused_before_amendment_436(capsys, tmp_path):
    assert _steps(capsys, tmp_path, "items = 9", "1991-11-01") == [("§2G2.4(a)", 10)]
    err = calc_refused(capsys, _case(tmp_path, "items = 10", "1991-11-01"))
    assert f"offense.{KEY}.items" in err and "Amendment 436" in err


@pytest.mark.parametrize("manual", V1996 + V2000 + V2003)
def test_computer(capsys, tmp_path, manual):
    assert _steps(capsys, tmp_path, "computer = true", manual) == [
        ("§2G2.4(a)", 15), ("§2G2.4(b)(3)", 17)]


@pytest.mark.parametrize("manual", V1991 + V1991_27)
def test_computer_refused_before_amendment_537(capsys, tmp_path, manual):
    err = calc_refused(capsys, _case(tmp_path, "computer = true", manual))
    assert f"offense.{KEY}.computer" in err and "Amendment 537" in err


# (b)(5), A649 / A664 lines 2053-2062: each edge below, at and above, over 15
IMAGE_EDGES = [(9, 15), (10, 17), (11, 17), (149, 17), (150, 18), (151, 18), (299, 18),
               (300, 19), (301, 19), (599, 19), (600, 20), (601, 20)]


@pytest.mark.parametrize("manual", V2003)
@pytest.mark.parametrize("images,level", IMAGE_EDGES)
def test_images_edges(capsys, tmp_path, manual, images, level):
    assert calc_json(capsys, _case(tmp_path, f"images = {images}", manual)
                     )["total_offense_level"] == level


@pytest.mark.parametrize("manual", V1991 + V1996 + V2000)
def test_images_and_portrayal_refused_before_amendment_649(capsys, tmp_path, manual):
    assert len(_steps(capsys, tmp_path, "images = 9", manual)) == 1
    err = calc_refused(capsys, _case(tmp_path, "images = 10", manual))
    assert f"offense.{KEY}.images" in err and "Amendment 649" in err
    err = calc_refused(capsys, _case(tmp_path, 'portrays = ["sadistic_masochistic_or_violence"]',
                                     manual))
    assert f"offense.{KEY}.portrays" in err and "Amendment 649" in err


def test_infant_or_toddler_is_not_2g2_4s(capsys, tmp_path):
    # A664 line 2050-2052: (b)(4) reads only "sadistic or masochistic conduct or other
    # depictions of violence" (infant or toddler came to §2G2.2 with Amendment 801, 2016)
    err = calc_refused(capsys, _case(tmp_path, 'portrays = ["infant_or_toddler"]', "2003-04-30"))
    assert f"offense.{KEY}.portrays" in err and "does not cover it" in err


# -- a worked case per era, every intermediate level ---------------------------------------

def test_worked_1991(capsys, tmp_path):
    # Nov. 1, 1991 (A372, derived): (a) 10; (b)(1) +2 = 12
    assert _steps(capsys, tmp_path, "prepubescent_minor = true", "1991-11-01") == [
        ("§2G2.4(a)", 10), ("§2G2.4(b)(1)", 12)]


def test_worked_1993(capsys, tmp_path):
    # Nov. 27, 1991 text (A436): (a) 13; (b)(1) +2 = 15; (b)(2) 40 items +2 = 17
    assert _steps(capsys, tmp_path, "prepubescent_minor = true\nitems = 40", "1993-11-01") == [
        ("§2G2.4(a)", 13), ("§2G2.4(b)(1)", 15), ("§2G2.4(b)(2)", 17)]


def test_worked_1998(capsys, tmp_path):
    # Nov. 1, 1996 text (A537): (a) 15; (b)(2) +2 = 17; (b)(3) +2 = 19
    assert _steps(capsys, tmp_path, "items = 10\ncomputer = true", "1998-11-01") == [
        ("§2G2.4(a)", 15), ("§2G2.4(b)(2)", 17), ("§2G2.4(b)(3)", 19)]


def test_worked_2003(capsys, tmp_path):
    # A664's struck text: (a) 15; (b)(1) +2 = 17; (b)(2) +2 = 19; (b)(3) +2 = 21;
    # (b)(4) +4 = 25; (b)(5)(C) 300 images +4 = 29
    facts = ('prepubescent_minor = true\nitems = 12\ncomputer = true\n'
             'portrays = ["sadistic_masochistic_or_violence"]\nimages = 300')
    result = calc_json(capsys, _case(tmp_path, facts, "2003-11-01"))
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2G2.4(a)", 15), ("§2G2.4(b)(1)", 17), ("§2G2.4(b)(2)", 19), ("§2G2.4(b)(3)", 21),
        ("§2G2.4(b)(4)", 25), ("§2G2.4(b)(5)(C)", 29)]
    assert result["total_offense_level"] == 29


# -- cross references --------------------------------------------------------------------

def test_trafficking_cross_reference_computed_through_2g2_2(capsys, tmp_path):
    # 2001: (c)(2) "apply §2G2.2": §2G2.2 as Nov. 1, 2001 (tables/child_pornography.toml,
    # derived from A664's struck §2G2.2): (a) 17, (b)(1) prepubescent +2 = 19; it replaces
    # §2G2.4's 17 (15 + items +2)
    facts = (f'items = 12\n[offense.{KEY}.trafficking]\nconvicted_under = "2252(a)(2)"\n'
             'prepubescent_minor = true')
    assert _steps(capsys, tmp_path, facts, "2001-11-01") == [
        ("§2G2.4(a)", 15), ("§2G2.4(b)(2)", 17), ("§2G2.2(a)", 17), ("§2G2.2(b)(1)", 19),
        ("§2G2.4(c)(2)", 19)]


def test_cross_reference_level_replaces_even_if_lower(capsys, tmp_path):
    # (c)(1) "apply §2G2.1 (...)." (A664 lines 2063-2070): no "if the resulting offense level
    # is greater than that determined above", so a level found lower still applies
    assert _steps(capsys, tmp_path, "items = 12\nproduction_offense_level = 12",
                  "2003-04-30") == [("§2G2.4(a)", 15), ("§2G2.4(b)(2)", 17),
                                    ("§2G2.4(c)(1)", 12)]


def test_production_cross_reference_computed_through_2g2_1(capsys, tmp_path):
    # 2003: §2G2.1 (tables/child_exploitation_production.toml, 2000-2004 version): (a) 27,
    # (b)(2) custodian +2 = 29
    facts = f"[offense.{KEY}.production]\ncustodian = true"
    assert _steps(capsys, tmp_path, facts, "2003-04-30") == [
        ("§2G2.4(a)", 15), ("§2G2.1(a)", 27), ("§2G2.1(b)(2)", 29), ("§2G2.4(c)(1)", 29)]


def test_cross_references_before_2000(capsys, tmp_path):
    # 1995: a level as found is taken as it is
    assert _steps(capsys, tmp_path, "trafficking_offense_level = 19", "1995-11-01") == [
        ("§2G2.4(a)", 13), ("§2G2.4(c)(2)", 19)]
    # §2G2.2 of Nov. 27, 1991 (tables/child_pornography.toml, derived: A435 "(a) ... "15"",
    # (b)(4) pattern +5): 15, 20; it replaces §2G2.4's 13
    facts = (f'[offense.{KEY}.trafficking]\nconvicted_under = "2252(a)(2)"\n'
             'pattern_of_activity = true')
    assert _steps(capsys, tmp_path, facts, "1995-11-01") == [
        ("§2G2.4(a)", 13), ("§2G2.2(a)", 15), ("§2G2.2(b)(4)", 20), ("§2G2.4(c)(2)", 20)]
    # §2G2.1 of Nov. 1, 1990 (tables/child_exploitation_production.toml, A324: (a) 25,
    # (b)(2) custodian +2): 25, 27, replacing 13
    assert _steps(capsys, tmp_path, f'[offense.{KEY}.production]\ncustodian = true',
                  "1995-11-01") == [("§2G2.4(a)", 13), ("§2G2.1(a)", 25), ("§2G2.1(b)(2)", 27),
                                    ("§2G2.4(c)(1)", 27)]
    # a finding the §2G2.1 of the edition lacks is refused, naming it where it is nested
    err = calc_refused(capsys, _case(
        tmp_path, f'[offense.{KEY}.production]\nmisrepresentation_or_computer = ["computer"]',
        "1995-11-01"))
    assert f"offense.{KEY}.production.misrepresentation_or_computer" in err


def test_both_cross_references_or_both_forms_refused(capsys, tmp_path):
    err = calc_refused(capsys, _case(
        tmp_path, "production_offense_level = 30\ntrafficking_offense_level = 20", "2003-04-30"))
    assert f"offense.{KEY}.trafficking" in err
    err = calc_refused(capsys, _case(
        tmp_path, f"production_offense_level = 30\n[offense.{KEY}.production]\ncustodian = true",
        "2003-04-30"))
    assert f"offense.{KEY}.production" in err and "not both" in err


def test_nested_finding_error_names_its_field(capsys, tmp_path):
    err = calc_refused(capsys, _case(
        tmp_path, f'[offense.{KEY}.trafficking]\nconvicted_under = "2252(a)(2)"\nimages = 10',
        "2001-11-01"))
    assert f"offense.{KEY}.trafficking.images" in err


# -- the dates it did not exist ------------------------------------------------------------

@pytest.mark.parametrize("manual", ["1987-11-01", "1990-11-01"])
def test_refused_before_amendment_372(capsys, tmp_path, manual):
    err = calc_refused(capsys, _case(tmp_path, "", manual))
    assert "offense.guideline" in err and "§2G2.4 was added Nov. 1, 1991 (Amendment 372)" in err


@pytest.mark.parametrize("manual", ["2004-11-01", "2016-11-01", "2025-11-01"])
def test_refused_after_amendment_664(capsys, tmp_path, manual):
    err = calc_refused(capsys, _case(tmp_path, "", manual))
    assert "offense.guideline" in err and "deleted Nov. 1, 2004 by Amendment 664" in err
    assert 'use guideline = "2G2.2"' in err


def test_possession_under_2g2_2_points_to_2g2_4(capsys, tmp_path):
    path = case_file(tmp_path, "2G2.2", "child_pornography", 'convicted_under = "2252(a)(4)"',
                     "2003-04-30")
    err = calc_refused(capsys, path)
    assert 'guideline = \\"2G2.4\\"' in err or 'guideline = "2G2.4"' in err


def test_unknown_key_refused(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, "videos = 3", "2003-04-30"))
    assert f"offense.{KEY}.videos" in err


# -- hypothesis: more items or images never lower the level --------------------------------

@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(V1991_27 + V1996 + V2000 + V2003), items=st.integers(0, 50),
       more_items=st.integers(0, 50), images=st.integers(0, 1000), more=st.integers(0, 700),
       flags=st.lists(st.booleans(), min_size=3, max_size=3))
def test_more_never_lowers(manual, items, more_items, images, more, flags):
    with_images = manual in V2003

    def level(n_items: int, n_images: int) -> int:
        facts = {"items": n_items, "prepubescent_minor": flags[0]}
        if manual not in V1991_27:
            facts["computer"] = flags[1]
        if with_images:
            facts["images"] = n_images
            if flags[2]:
                facts["portrays"] = ["sadistic_masochistic_or_violence"]
        return chapter_two_level(manual, "2G2.4", KEY, facts)
    assert level(items, images) <= level(items + more_items, images + more)


def test_example_worked_by_hand(capsys):
    # examples/child-pornography-possession-2003.toml: 15, 17, 19, 21, 25, 29; 87-108 months
    result = calc_json(capsys, ROOT / "examples" / "child-pornography-possession-2003.toml")
    assert [s["level"] for s in result["steps"] if s["chapter"] == "chapter_two"] == [
        15, 17, 19, 21, 25, 29]
    assert result["total_offense_level"] == 29
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (87, 108)
