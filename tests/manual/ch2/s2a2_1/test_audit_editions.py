"""Audit of §2A2.1 (Assault with Intent to Commit Murder; Attempted Murder) before the 2016
Manual: each amendment of its historical note that changed (a) or (b), the day before and the
day of its effective date (the Manual in force on the sentencing date), asserting what the
amendment's text gives.

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I = APPENDIX_C_Vol_I.txt; Vol_III = APPENDIX_C_Vol_III.txt
  A83  Vol_I 1480-1483 (Nov. 1, 1989): (b)(2)(B), (C) "a dangerous weapon (including a firearm)"
  A84  Vol_I 1490-1499 (Nov. 1, 1989): (b)(3)(D) "add 3", (E) "add 5" replace comment. (n.2)
  A311 Vol_I 6291-6326 (Nov. 1, 1990): (a) 20 and (b)(1)-(4) deleted (quoted whole); (a)(1)
       28 first degree murder, (a)(2) 22; (b)(1) (A) +4, (B) +2, (C) +3; (b)(2) +4 pecuniary
  A663 Vol_III 143-146 (Nov. 1, 2004): (a)(1) "28" -> "33", (a)(2) "22" -> "27"
(391, 534, 637, 685, 699: commentary and statutory provisions only.)
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.sentenced_on import level_on, refused_on, steps_on

G, KEY = "2A2.1", "attempted_murder"


def _level(capsys, tmp_path, facts: str, day: str) -> int:
    return level_on(capsys, tmp_path, G, KEY, facts, day)


def test_amendments_83_84_nov_1_1989(capsys, tmp_path):
    """Vol_I 1498-1499: comment. (n.2) interpolation the day before; Vol_I 1492-1493
    (b)(3)(D) "add 3 levels" the day of: 20 + 3 = 23 both days."""
    facts = 'bodily_injury = "between_bodily_and_serious"'
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-10-31") == [
        ("§2A2.1(a)", 20), ("§2A2.1(b)(3) and comment. (n.2)", 23)]
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-11-01") == [
        ("§2A2.1(a)", 20), ("§2A2.1(b)(3)(D)", 23)]


# A311, Vol_I 6291-6326: the day before and the day of Nov. 1, 1990.
@pytest.mark.parametrize("facts,before,after", [
    ("", 20, 22),  # Vol_I 6292 "(a) Base Offense Level: 20"; 6319 "(2) 22, otherwise"
    ('bodily_injury = "bodily_injury"', 22, 22),  # Vol_I 6302 "add 2"; from A311 no increase
    ('bodily_injury = "serious_bodily_injury"', 24, 24),  # 6303 "add 4"; 6322-6323 "(B) ... 2"
    # Vol_I 6307-6308 "add 5"; 6323-6324 "(C) ... 3 levels"
    ('bodily_injury = "between_serious_and_permanent"', 25, 25),
    # Vol_I 6304 "add 6"; 6321-6322 "(A) ... 4 levels"
    ('bodily_injury = "permanent_or_life_threatening"', 26, 26),
])
def test_amendment_311_nov_1_1990(capsys, tmp_path, facts, before, after):
    assert _level(capsys, tmp_path, facts, "1990-10-31") == before
    assert _level(capsys, tmp_path, facts, "1990-11-01") == after


@pytest.mark.parametrize("facts,field,before", [
    ("more_than_minimal_planning = true", "more_than_minimal_planning", 22),  # Vol_I 6294
    ('weapon = "firearm_discharged"', "weapon", 25),  # Vol_I 6295 "(A) ... 5 levels"
    ("motivated_by_payment = true", "motivated_by_payment", 22),  # Vol_I 6311-6312
])
def test_amendment_311_deleted_paragraphs(capsys, tmp_path, facts, field, before):
    assert _level(capsys, tmp_path, facts, "1990-10-31") == before
    assert field in refused_on(capsys, tmp_path, G, KEY, facts, "1990-11-01")


@pytest.mark.parametrize("facts,field,after", [
    ("object_first_degree_murder = true", "object_first_degree_murder", 28),  # Vol_I 6317
    ("offer_or_receipt_of_pecuniary_value = true", "offer_or_receipt_of_pecuniary_value",
     26),  # Vol_I 6325-6326 "increase by 4 levels"
])
def test_amendment_311_inserted_paragraphs(capsys, tmp_path, facts, field, after):
    assert field in refused_on(capsys, tmp_path, G, KEY, facts, "1990-10-31")
    assert _level(capsys, tmp_path, facts, "1990-11-01") == after


def test_weapon_and_injury_cap_of_nine_before_1990(capsys, tmp_path):
    """Vol_I 6309-6310 "the cumulative adjustments from (2) and (3) shall not exceed 9
    levels": 5 + 6 capped at 9, the day before A311."""
    facts = 'weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"'
    assert _level(capsys, tmp_path, facts, "1990-10-31") == 29


@pytest.mark.parametrize("facts,before,after", [
    ("", 22, 27),  # Vol_III 145 (a)(2) "22" -> "27"
    ("object_first_degree_murder = true", 28, 33),  # Vol_III 144 (a)(1) "28" -> "33"
    ('object_first_degree_murder = true\nbodily_injury = "permanent_or_life_threatening"\n'
     "offer_or_receipt_of_pecuniary_value = true", 36, 41),
])
def test_amendment_663_nov_1_2004(capsys, tmp_path, facts, before, after):
    assert _level(capsys, tmp_path, facts, "2004-10-31") == before
    assert _level(capsys, tmp_path, facts, "2004-11-01") == after
