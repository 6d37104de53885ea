"""§2A2.2 (Aggravated Assault) and §2A2.3 (Minor Assault) from Nov. 1, 1987 to Oct. 31, 2004
(issue #15), rebuilt from the words the amendments of their historical notes struck: the
bodily-injury table and the 9-level cap of each version, the weapon clauses' words, the
paragraphs an edition does not yet have (refused), a worked case per era through the real
command line, and hypothesis: more injury never lowers the level.

Sources (under /work/shared/reference/ussg/appendix_c_2016/):
  A663 = APPENDIX_C_Vol_III.txt lines 171-206: struck §2A2.2(a) "15", the (b)(3) levels "2",
         "4", "6", "3", "5" and "Provided, however, that the cumulative adjustments from (2)
         and (3) shall not exceed 9 levels."; §2A2.3(a)(1) "6", (a)(2) "3"; added §2A2.2(b)(6),
         §2A2.3(b)(1)(A) and (c) (Nov. 1, 2004)
  A85  = APPENDIX_C_Vol_I.txt lines 1503-1506: (b)(2)(B) "a firearm or a dangerous weapon",
         (C) "a firearm or other dangerous weapon" became "a dangerous weapon (including a
         firearm)" (Nov. 1, 1989)
  A86  = lines 1511-1521: (b)(3)(D) +3 and (E) +5 inserted; struck comment. (n.3), "use of
         the intervening level (i.e., interpolation) is appropriate" (Nov. 1, 1989)
  A87  = lines 1526-1528: §2A2.3(a)(1) "striking, beating, or wounding" became "physical
         contact, or if a dangerous weapon (including a firearm) was possessed and its use was
         threatened" (Nov. 1, 1989)
  A510 = lines 16249-16252: §2A2.3(b)(1), +4, substantial bodily injury to an individual
         under sixteen (Nov. 1, 1995)
  A549 = lines 19650-19653: §2A2.2(b)(5), +2, violation of a court protection order
         (Nov. 1, 1997)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.strategies import chapter_two_level

ORIGINAL = ["1987-11-01", "1988-06-15", "1988-10-15"]
FROM_1989 = ["1989-11-01", "1993-11-01", "1995-11-01"]
FROM_1997 = ["1997-11-01", "2001-11-01", "2003-11-01"]
EDITIONS = ORIGINAL + FROM_1989 + FROM_1997


def _case(tmp_path: Path, guideline: str, key: str, facts: str, manual: str) -> Path:
    """Category VI: the cells of the 1987 Sentencing Table at levels 3 and 6 in the lower
    categories are not known (refused, naming Amendment 270)."""
    path = tmp_path / "assault.toml"
    path.write_text(f'# §{guideline} findings under test (see the test that wrote this file)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "{guideline}"\n'
                    f'[offense.{key}]\n{facts}\n[criminal_history]\ncategory = "VI"\n')
    return path


def _aggravated(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    steps = _run(capsys, _case(tmp_path, "2A2.2", "aggravated_assault", facts, manual))["steps"]
    return [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"]


def _minor(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    steps = _run(capsys, _case(tmp_path, "2A2.3", "assault", facts, manual))["steps"]
    return [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"]


# §2A2.2(b)(3) before A663: base 15, (A) +2, (B) +4, (C) +6; from A86 (D) +3, (E) +5; before
# A86 the intervening level of comment. (n.3).
INJURY = [("bodily_injury", "(A)", "(A)", 17), ("between_bodily_and_serious", "(D)", None, 18),
          ("serious_bodily_injury", "(B)", "(B)", 19),
          ("between_serious_and_permanent", "(E)", None, 20),
          ("permanent_or_life_threatening", "(C)", "(C)", 21)]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("injury,clause,original_clause,level", INJURY)
def test_bodily_injury_table(capsys, tmp_path, manual, injury, clause, original_clause, level):
    if manual in ORIGINAL:
        clause = original_clause or " and comment. (n.3)"
    assert _aggravated(capsys, tmp_path, f'bodily_injury = "{injury}"', manual) == [
        ("§2A2.2(a)", 15), (f"§2A2.2(b)(3){clause}", level)]


# The cap (A663 struck): "shall not exceed 9 levels". Weapon (A) +5, (B) +4, (C) +3.
CAP = [("firearm_discharged", "serious_bodily_injury", 24, False),             # 5 + 4 = 9: at
       ("firearm_discharged", "between_serious_and_permanent", 24, True),      # 5 + 5 -> 9
       ("firearm_discharged", "permanent_or_life_threatening", 24, True),      # 5 + 6 -> 9
       ("dangerous_weapon_brandished_or_threatened", "permanent_or_life_threatening", 24,
        False),                                                                # 3 + 6 = 9
       ("dangerous_weapon_otherwise_used", "between_bodily_and_serious", 22, False)]  # 4 + 3


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("weapon,injury,level,capped", CAP)
def test_cap_of_nine_levels(capsys, tmp_path, manual, weapon, injury, level, capped):
    result = _run(capsys, _case(tmp_path, "2A2.2", "aggravated_assault",
                                f'weapon = "{weapon}"\nbodily_injury = "{injury}"', manual))
    assert result["total_offense_level"] == level
    assert any("capped" in s["title"] for s in result["steps"]) == capped


@pytest.mark.parametrize("manual,words", [
    ("1987-11-01", "if a firearm or a dangerous weapon was otherwise used"),
    ("1989-11-01", "if a dangerous weapon (including a firearm) was otherwise used")])
def test_weapon_words_by_amendment_85(capsys, tmp_path, manual, words):
    steps = _run(capsys, _case(tmp_path, "2A2.2", "aggravated_assault",
                               'weapon = "dangerous_weapon_otherwise_used"', manual))["steps"]
    assert (steps[2]["section"], steps[2]["level"]) == ("§2A2.2(b)(2)(B)", 19)
    assert words in steps[2]["reason"]


@pytest.mark.parametrize("manual", ORIGINAL + FROM_1989)
def test_protection_order_is_refused_before_amendment_549(capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, "2A2.2", "aggravated_assault",
                                 "violated_protection_order = true", manual))
    assert "violated_protection_order" in err and "Amendment 549" in err


@pytest.mark.parametrize("manual", FROM_1997)
def test_protection_order_from_1997(capsys, tmp_path, manual):
    assert _aggravated(capsys, tmp_path, "violated_protection_order = true", manual) == [
        ("§2A2.2(a)", 15), ("§2A2.2(b)(5)", 17)]


@pytest.mark.parametrize("manual", EDITIONS)
def test_statutory_increase_is_refused_before_amendment_663(capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, "2A2.2", "aggravated_assault",
                                 "convicted_under_111b_or_115 = true", manual))
    assert "convicted_under_111b_or_115" in err and "Amendment 663" in err


def test_worked_case_aggravated_1988(capsys, tmp_path):
    """June 15, 1988 Manual: planned (+2), a gun discharged (+5), an injury between serious
    and permanent (comment. (n.3): +5; 5 + 5 = 10, capped at 9: -1), for hire (+2): 15, 17,
    22, 27, 26, 28."""
    facts = ('more_than_minimal_planning = true\nweapon = "firearm_discharged"\n'
             'bodily_injury = "between_serious_and_permanent"\nmotivated_by_payment = true')
    assert _aggravated(capsys, tmp_path, facts, "1988-06-15") == [
        ("§2A2.2(a)", 15), ("§2A2.2(b)(1)", 17), ("§2A2.2(b)(2)(A)", 22),
        ("§2A2.2(b)(3) and comment. (n.3)", 27), ("§2A2.2(b)(3)", 26), ("§2A2.2(b)(4)", 28)]


def test_worked_case_aggravated_1999(capsys, tmp_path):
    """Nov. 1, 1998 Manual: a knife brandished (+3), serious bodily injury (+4; 7), in
    violation of a protection order (+2): 15, 18, 22, 24."""
    facts = ('weapon = "dangerous_weapon_brandished_or_threatened"\n'
             'bodily_injury = "serious_bodily_injury"\nviolated_protection_order = true')
    assert _aggravated(capsys, tmp_path, facts, "1998-11-01") == [
        ("§2A2.2(a)", 15), ("§2A2.2(b)(2)(C)", 18), ("§2A2.2(b)(3)(B)", 22),
        ("§2A2.2(b)(5)", 24)]


# §2A2.3 (Minor Assault) before A663: (a)(1) 6, (a)(2) 3.
@pytest.mark.parametrize("manual", ORIGINAL)
def test_minor_assault_1987_striking_beating_or_wounding(capsys, tmp_path, manual):
    # A87 (struck): "striking, beating, or wounding"
    assert _minor(capsys, tmp_path, "struck_beat_or_wounded = true", manual) == [
        ("§2A2.3(a)(1)", 6)]
    assert _minor(capsys, tmp_path, "", manual) == [("§2A2.3(a)(2)", 3)]
    for fact in ("physical_contact", "dangerous_weapon_possessed_and_threatened"):
        err = _refused(capsys, _case(tmp_path, "2A2.3", "assault", f"{fact} = true", manual))
        assert f"offense.assault.{fact}" in err and "striking, beating, or wounding" in err


@pytest.mark.parametrize("manual", FROM_1989 + FROM_1997)
def test_minor_assault_from_1989(capsys, tmp_path, manual):
    # A87 (inserted): "physical contact, or if a dangerous weapon (including a firearm) was
    # possessed and its use was threatened"
    for fact in ("physical_contact", "dangerous_weapon_possessed_and_threatened"):
        assert _minor(capsys, tmp_path, f"{fact} = true", manual) == [("§2A2.3(a)(1)", 6)]
    err = _refused(capsys, _case(tmp_path, "2A2.3", "assault", "struck_beat_or_wounded = true",
                                 manual))
    assert "offense.assault.struck_beat_or_wounded" in err and "physical contact" in err


@pytest.mark.parametrize("manual", ORIGINAL + ["1989-11-01", "1993-11-01"])
def test_substantial_injury_is_refused_before_amendment_510(capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, "2A2.3", "assault",
                                 'substantial_bodily_injury_to = "under_sixteen"', manual))
    assert "substantial_bodily_injury_to" in err and "Amendment 510" in err


def test_worked_case_minor_assault_1996(capsys, tmp_path):
    """Nov. 1, 1995 Manual: physical contact ((a)(1) 6), substantial bodily injury to a
    child under sixteen ((b)(1), A510: +4): 6, 10."""
    assert _minor(capsys, tmp_path, 'physical_contact = true\n'
                  'substantial_bodily_injury_to = "under_sixteen"', "1995-11-01") == [
        ("§2A2.3(a)(1)", 6), ("§2A2.3(b)(1)", 10)]


@pytest.mark.parametrize("manual", EDITIONS)
def test_minor_assault_before_2004_refuses_bodily_injury_and_the_cross_reference(
        capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, "2A2.3", "assault", "bodily_injury = true", manual))
    assert "offense.assault.bodily_injury" in err and "Amendment 663" in err
    err = _refused(capsys, _case(tmp_path, "2A2.3", "assault",
                                 '[offense.assault.aggravated_assault]\n'
                                 'weapon = "firearm_discharged"', manual))
    assert "offense.assault.aggravated_assault" in err and "Amendment 663" in err


def test_partner_is_refused_in_1995(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, "2A2.3", "assault",
                                 'substantial_bodily_injury_to = '
                                 '"spouse_intimate_or_dating_partner"', "1995-11-01"))
    assert "Amendment 781" in err


def test_a_date_before_the_first_manual_is_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, "2A2.2", "aggravated_assault", "", "1987-01-01"))
    assert "manual" in err and "1987-11-01" in err


ORDER = [None] + [i for i, _, _, _ in INJURY]


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS), weapon=st.sampled_from(
    [None, "firearm_discharged", "dangerous_weapon_otherwise_used",
     "dangerous_weapon_brandished_or_threatened"]),
    worse=st.integers(1, 5), start=st.integers(0, 4),
    flags=st.lists(st.booleans(), min_size=3, max_size=3))
def test_more_injury_never_lowers_the_level(manual, weapon, worse, start, flags):
    def level(injury: str | None) -> int:
        facts = {"more_than_minimal_planning": flags[0], "motivated_by_payment": flags[1],
                 "violated_protection_order": flags[2] and manual in FROM_1997}
        facts |= {"weapon": weapon} if weapon else {}
        facts |= {"bodily_injury": injury} if injury else {}
        return chapter_two_level(manual, "2A2.2", "aggravated_assault", facts, "VI")
    end = min(start + worse, len(ORDER) - 1)
    assert level(ORDER[start]) <= level(ORDER[end])
