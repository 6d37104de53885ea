"""Audit of §2B3.2 (Extortion by Force or Threat of Injury or Serious Damage) before the 2016
Manual: each amendment that changed a number or a paragraph, the day before and the day of its
effective date (the Manual in force on the sentencing date), asserting what the amendment's
text gives; (b)(1)/(b)(2) read §2B3.1's loss table of the same day.

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I = APPENDIX_C_Vol_I.txt; Supp = APPENDIX_C_Supplement.txt
  A110 Vol_I 1861-1871 and 1885-1894 (Nov. 1, 1989): §2B3.1's loss table, the one §2B3.2(b)(1)
       names ("from the table in §2B3.1"), from "(B) $2,501 - $10,000 add 1" to "(B) More
       than $10,000 add 1"
  A112 Vol_I 1947-1950, A113 Vol_I 1955-1960 (Nov. 1, 1989): (b)(2) words; (b)(3)(D), (E)
  A316 Vol_I 6492-6497 (Nov. 1, 1990): "§2B3.1" -> "§2B2.1(b)(2)" (its reason: the 1989 table
       "inadvertently reduced the offense level ... by one level"); §2B2.1's table is not in
       ussg: an amount over $2,500 is refused (README "Known gaps")
  A366 Vol_I 8409-8439 (Nov. 1, 1991): (b)(1) threat +2; (b)(2) over $10,000, §2B3.1(b)(6);
       (b)(3)(A) 7/6/5/4/3, (B) +3; the cap "9" -> "11"; (c)(1) §2A2.1 if greater
  A479 Vol_I 13883-13888 (Nov. 1, 1993): (c)(1) murder, §2A1.1
  A791 Supp 4669 (Nov. 1, 2015): (b)(2) "$10,000" -> "$20,000" (and §2B3.1's table, Supp
       4647-4668)
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.sentenced_on import level_on, refused_on, steps_on

G, KEY = "2B3.2", "extortion"


def _level(capsys, tmp_path, facts: str, day: str) -> int:
    return level_on(capsys, tmp_path, G, KEY, facts, day)


@pytest.mark.parametrize("amount,before,after", [
    ("$2,500", 18, 18),  # not over $2,500: no increase either day
    ("$5,000", 19, 18),  # Vol_I 1866 "(B) $2,501 - $10,000 add 1"; 1887 "(A) $10,000 or less"
    ("$10,001", 20, 19),  # Vol_I 1867 "(C) $10,001 - $50,000 add 2"; 1888 "More than $10,000"
    ("$800,001", 22, 22),  # Vol_I 1869 "(E) ... add 4"; 1891 "(E) More than $800,000 add 4"
])
def test_amendment_110_through_b1_nov_1_1989(capsys, tmp_path, amount, before, after):
    """(b)(1) "from the table in §2B3.1" (Vol_I 8410-8411 as A366 quotes it after A316) read
    with §2B3.1's table of each day: the one-level reduction A316's reason names (Vol_I
    6495-6496)."""
    facts = f'amount_demanded = "{amount}"'
    assert _level(capsys, tmp_path, facts, "1989-10-31") == before
    assert _level(capsys, tmp_path, facts, "1989-11-01") == after


def test_amendment_113_nov_1_1989(capsys, tmp_path):
    """Vol_I 1957-1958: (b)(3)(D) "add 3" replaces comment. (n.4)'s intervening level."""
    facts = 'bodily_injury = "between_bodily_and_serious"'
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-10-31")[-1] == (
        "§2B3.2(b)(3) and comment. (n.4)", 21)
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-11-01")[-1] == ("§2B3.2(b)(3)(D)", 21)


def test_amendment_316_nov_1_1990(capsys, tmp_path):
    """Vol_I 6492-6493: the table of §2B2.1(b)(2) from Nov. 1, 1990 (its Nov. 1, 1989 lines,
    Vol_I 1813-1823: (B) more than $2,500 add 1): $5,000 is no increase under the §2B3.1
    (b)(6) table of Oct. 31, 1990 (it begins over $10,000), +1 under §2B2.1(b)(2)'s."""
    assert _level(capsys, tmp_path, 'amount_demanded = "$5,000"', "1990-10-31") == 18
    assert _level(capsys, tmp_path, 'amount_demanded = "$5,000"', "1990-11-01") == 19
    assert _level(capsys, tmp_path, 'amount_demanded = "$2,500"', "1990-11-01") == 18


@pytest.mark.parametrize("facts,before,after", [
    ('weapon = "firearm_discharged"', 23, 25),  # Vol_I 8414 "5 levels"; 8424 "(A)(i) ... 7"
    ('weapon = "firearm_brandished_or_possessed"', 21, 23),  # 8416-8417 "3"; 8425-8426 "5"
    ('weapon = "dangerous_weapon_otherwise_used"', 22, 22),  # 8414-8415 "4"; 8426-8427 "4"
    # the cap, Vol_I 8433-8434: "(2)", "(3)" and "9" -> "(3)", "(4)" and "11": 5 + 6 capped at
    # 9; 7 + 6 capped at 11
    ('weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"', 27, 29),
])
def test_amendment_366_nov_1_1991(capsys, tmp_path, facts, before, after):
    assert _level(capsys, tmp_path, facts, "1991-10-31") == before
    assert _level(capsys, tmp_path, facts, "1991-11-01") == after


@pytest.mark.parametrize("facts,field,after", [
    # Vol_I 8420-8421 "(1) ... an express or implied threat ... increase by 2 levels"
    ("threat_of_death_injury_or_kidnapping = true", "threat_of_death_injury_or_kidnapping", 20),
    ('weapon = "preparation_or_ability"', "weapon", 21),  # Vol_I 8429-8432 "(B) ... 3 levels"
])
def test_amendment_366_new_paragraphs(capsys, tmp_path, facts, field, after):
    assert field in refused_on(capsys, tmp_path, G, KEY, facts, "1991-10-31")
    assert _level(capsys, tmp_path, facts, "1991-11-01") == after


def test_amendment_366_amount_demanded(capsys, tmp_path):
    # Oct. 31, 1991: "the table in §2B2.1(b)(2)" (A316), its (C) more than $10,000 add 2 (A105,
    # Vol_I 1813-1823); Nov. 1, 1991, Vol_I 8422-8423 "(2) ... exceeded $10,000 ... the table
    # in §2B3.1(b)(6)": (B) +1
    facts = 'amount_demanded = "$10,000.01"'
    assert _level(capsys, tmp_path, facts, "1991-10-31") == 20
    assert _level(capsys, tmp_path, facts, "1991-11-01") == 19


def test_amendment_366_attempted_murder_cross_reference(capsys, tmp_path):
    """Vol_I 8436-8439 (c)(1): "apply §2A2.1 ... if the resulting offense level is greater":
    §2A2.1(a)(1) 28 (A311, Vol_I 6317) over 18."""
    facts = "[offense.extortion.attempted_murder]\nobject_first_degree_murder = true"
    assert "attempted_murder" in refused_on(capsys, tmp_path, G, KEY, facts, "1991-10-31")
    assert _level(capsys, tmp_path, facts, "1991-11-01") == 28


def test_amendment_479_nov_1_1993(capsys, tmp_path):
    """Vol_I 13886-13888: (c)(1) "apply §2A1.1 (First Degree Murder)": 43."""
    assert "victim_murdered" in refused_on(capsys, tmp_path, G, KEY, "victim_murdered = true",
                                           "1993-10-31")
    assert _level(capsys, tmp_path, "victim_murdered = true", "1993-11-01") == 43


@pytest.mark.parametrize("amount,before,after", [
    ("$20,000", 19, 18),  # Supp 4669 "$10,000" -> "$20,000"; 4651 "More than $10,000 add 1"
    ("$20,000.01", 19, 19),  # Supp 4662 "More than $20,000 add 1"
    ("$2,500,000.01", 24, 22),  # Supp 4656 "More than $2,500,000 add 6"; 4664 "$1,500,000 add 4"
])
def test_amendment_791_nov_1_2015(capsys, tmp_path, amount, before, after):
    facts = f'amount_demanded = "{amount}"'
    assert _level(capsys, tmp_path, facts, "2015-10-31") == before
    assert _level(capsys, tmp_path, facts, "2015-11-01") == after
