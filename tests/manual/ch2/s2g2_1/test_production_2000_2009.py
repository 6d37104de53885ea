"""§2G2.1 (production) from Nov. 1, 2000 to Oct. 31, 2009 (issue #15): Amendment 664's text,
before Amendment 733 added "or for the purpose of transmitting such material live" to (b)(6),
and before it (Nov. 1, 2000 - Oct. 31, 2004) the guideline Amendment 664 amended; through the
real CLI, every characteristic's levels, a worked case per era, the refusals, and hypothesis:
a younger minor or a graver sexual act never lowers the level.

Sources (appendix_c_2016/APPENDIX_C_Vol_III.txt under /work/shared/reference/ussg/):
  A664 = lines 1558-1581: "(a) ... striking "27" and inserting "32""; (b)(2) "(A) the
         commission of a sexual act or sexual contact, increase by 2 levels; or (B) (i) the
         commission of a sexual act; and (ii) conduct described in 18 U.S.C. § 2241(a) or (b),
         increase by 4 levels"; (b)(3) distribution +2; (b)(4) sadistic +4; (c)(1) §2A1.1 if
         greater (Nov. 1, 2004)
  A592 = APPENDIX_C_Vol_II.txt lines 1783-1792: (b)(3) misrepresentation or "a computer or an
         Internet-access device", +2 (Nov. 1, 2000); A664 struck (a) "27" and redesignated
         (b)(2), (b)(3) as (b)(5), (b)(6)
  A733 = line 13563: (b)(6) "or for the purpose of transmitting such material live" (Nov. 1,
         2009)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.s2g2_1.test_production import FINDINGS, _case
from tests.strategies import chapter_two_level

EDITIONS = ["2004-11-01", "2006-11-01", "2008-11-01"]


def _levels(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    steps = _run(capsys, _case(tmp_path, facts, manual))["steps"]
    return [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("facts,section,level", FINDINGS[1:])  # the 2009 levels, A664
def test_each_characteristic_over_32(capsys, tmp_path, manual, facts, section, level):
    assert _levels(capsys, tmp_path, facts, manual) == [("§2G2.1(a)", 32), (section, level)]


def test_b6_words_before_amendment_733(capsys, tmp_path):
    def reason(manual: str) -> str:
        steps = _run(capsys, _case(tmp_path, 'misrepresentation_or_computer = ["computer"]',
                                   manual))["steps"]
        return next(s for s in steps if s["section"] == "§2G2.1(b)(6)")["reason"]
    assert "transmitting such material live" not in reason("2008-11-01")
    assert "transmitting such material live" in reason("2009-11-01")


def test_infant_or_toddler_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'portrays = ["infant_or_toddler"]', "2004-11-01"))
    assert "offense.production.portrays" in err


def test_worked_case_2005(capsys, tmp_path):
    """Nov. 1, 2005 Manual (A664): a minor under twelve (+4), a sexual act with force (+4),
    distribution (+2), the defendant her guardian (+2), a computer used to entice her (+2):
    32, 36, 40, 42, 44, 46; the murder cross reference not reached."""
    facts = ('minor_age = "under_twelve"\nsexual_conduct = "sexual_act_with_2241_conduct"\n'
             'knowing_distribution = true\ncustodian = true\n'
             'misrepresentation_or_computer = ["computer"]')
    assert _levels(capsys, tmp_path, facts, "2005-11-01") == [
        ("§2G2.1(a)", 32), ("§2G2.1(b)(1)(A)", 36), ("§2G2.1(b)(2)(B)", 40),
        ("§2G2.1(b)(3)", 42), ("§2G2.1(b)(5)", 44), ("§2G2.1(b)(6)", 46)]


def test_murder_cross_reference_from_amendment_664(capsys, tmp_path):
    assert _levels(capsys, tmp_path, "victim_murdered = true", "2004-11-01")[-1] == (
        "§2G2.1(c)(1)", 43)


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS), younger=st.booleans(), graver=st.booleans(),
       flags=st.lists(st.booleans(), min_size=3, max_size=3))
def test_younger_minor_or_graver_act_never_lowers(manual, younger, graver, flags):
    def level(age: str | None, conduct: str | None) -> int:
        facts = {"knowing_distribution": flags[0], "custodian": flags[1]}
        facts |= {"portrays": ["sadistic_masochistic_or_violence"]} if flags[2] else {}
        facts |= {"minor_age": age} if age else {}
        facts |= {"sexual_conduct": conduct} if conduct else {}
        return chapter_two_level(manual, "2G2.1", "production", facts)
    base = level("twelve_to_fifteen", "sexual_act_or_contact")
    assert base <= level("under_twelve" if younger else "twelve_to_fifteen",
                         "sexual_act_with_2241_conduct" if graver else "sexual_act_or_contact")


# Nov. 1, 2000 - Oct. 31, 2004: (a) 27 (A664 struck it); (b)(1) age 4/2; (b)(2) custodian +2;
# (b)(3) misrepresentation or computer +2 (A592).
BEFORE_664 = ["2000-11-01", "2001-11-01", "2003-11-01"]


@pytest.mark.parametrize("manual", BEFORE_664)
@pytest.mark.parametrize("facts,section,level", [
    ("", None, 27),
    ('minor_age = "under_twelve"', "§2G2.1(b)(1)(A)", 31),
    ('minor_age = "twelve_to_fifteen"', "§2G2.1(b)(1)(B)", 29),
    ("custodian = true", "§2G2.1(b)(2)", 29),
    ('misrepresentation_or_computer = ["misrepresented_identity"]', "§2G2.1(b)(3)", 29)])
def test_levels_before_amendment_664(capsys, tmp_path, manual, facts, section, level):
    expected = [("§2G2.1(a)", 27)] + ([(section, level)] if section else [])
    assert _levels(capsys, tmp_path, facts, manual) == expected


@pytest.mark.parametrize("facts,key", [
    ('sexual_conduct = "sexual_act_or_contact"', "sexual_conduct"),
    ("knowing_distribution = true", "knowing_distribution"),
    ('portrays = ["sadistic_masochistic_or_violence"]', "portrays"),
    ("victim_murdered = true", "victim_murdered")])
def test_2004_provisions_refused_before_amendment_664(capsys, tmp_path, facts, key):
    err = _refused(capsys, _case(tmp_path, facts, "2003-11-01"))
    assert f"offense.production.{key}" in err and "Amendment 664" in err


def test_worked_case_2002(capsys, tmp_path):
    """Nov. 1, 2002 Manual (A664 undone): a victim of eleven (+4), the defendant her step-
    parent with custody (+2), an Internet-access device used to entice her (+2): 27, 31, 33,
    35."""
    facts = ('minor_age = "under_twelve"\ncustodian = true\n'
             'misrepresentation_or_computer = ["computer"]')
    steps = _run(capsys, _case(tmp_path, facts, "2002-11-01"))["steps"]
    assert [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"] == [
        ("§2G2.1(a)", 27), ("§2G2.1(b)(1)(A)", 31), ("§2G2.1(b)(2)", 33),
        ("§2G2.1(b)(3)", 35)]
    b3 = next(s for s in steps if s["section"] == "§2G2.1(b)(3)")
    assert "Internet-access device" in b3["reason"]


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(BEFORE_664), younger=st.booleans(),
       flags=st.lists(st.booleans(), min_size=2, max_size=2))
def test_younger_minor_never_lowers_before_664(manual, younger, flags):
    def level(age: str) -> int:
        facts = {"minor_age": age, "custodian": flags[0]}
        facts |= {"misrepresentation_or_computer": ["computer"]} if flags[1] else {}
        return chapter_two_level(manual, "2G2.1", "production", facts)
    assert level("twelve_to_fifteen") <= level("under_twelve" if younger else
                                               "twelve_to_fifteen")
