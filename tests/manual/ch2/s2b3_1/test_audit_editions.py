"""Audit of §2B3.1 (Robbery) before the 2016 Manual: each amendment of its historical note that
changed a number or a paragraph, the day before and the day of its effective date (the Manual
in force on the sentencing date), asserting what the amendment's text gives.

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I  = APPENDIX_C_Vol_I.txt; Vol_II = APPENDIX_C_Vol_II.txt; Supp = APPENDIX_C_Supplement.txt
  A14  Vol_I 264-265 (June 15, 1988): "value of the property taken or destroyed" -> "loss"
  A110 Vol_I 1859-1895 (Nov. 1, 1989): (a) 18 -> 20; the (b)(1) ranges and the $5,000 floor
       struck; (b)(1) +2 for a financial institution; (b)(2)(D) express threat of death +2;
       the (b)(6) table "More than $10,000 add 1 ... More than $5,000,000 add 7"
  A111 Vol_I 1932-1941 (Nov. 1, 1989): (b)(3)(D) +3, (E) +5 (before: comment. (n.4) interpolation)
  A315 Vol_I 6471-6473 (Nov. 1, 1990): (b)(5) "obtaining ... the object" -> "taken, or ..."
  A365 Vol_I 8381-8393 (Nov. 1, 1991): (b)(2) 7/6/5/4/3/2; the cap "9" -> "11"
  A483 Vol_I 14607-14616 (Nov. 1, 1993): (b)(1)(B) carjacking; (c)(1) murder cross reference
  A545 Vol_I 19494-19498 (Nov. 1, 1997): carjacking its own (b)(5); (b)(5)-(6) -> (b)(6)-(7)
  A552 Vol_I 19997-19998 (Nov. 1, 1997): (b)(2)(F) "an express" -> "a"
  A601 Vol_II 3007 (Nov. 1, 2000): "displayed," struck from (b)(2)
  A791 Supp 4647-4668 (Nov. 1, 2015): the (b)(7) table "$10,000 ... $2,500,000 ... $5,000,000"
       -> "$20,000 ... $95,000 ... $500,000 ... $1,500,000 ... $3,000,000 ... $5,000,000 ...
       $9,500,000"
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.sentenced_on import level_on, reasons_on, refused_on, steps_on

G, KEY = "2B3.1", "robbery"


def _level(capsys, tmp_path, facts: str, day: str) -> int:
    return level_on(capsys, tmp_path, G, KEY, facts, day)


# A110/A111, Vol_I 1859-1941: the day before and the day of Nov. 1, 1989.
@pytest.mark.parametrize("facts,before,after", [
    ("", 18, 20),  # Vol_I 1859: (a) "18" -> "20"
    # Vol_I 1866 "(B) $2,501 - $10,000 add 1"; 1887 "(A) $10,000 or less no increase"
    ('loss = "$10,000"', 19, 20),
    # Vol_I 1867 "(C) $10,001 - $50,000 add 2"; 1888 "(B) More than $10,000 add 1"
    ('loss = "$10,001"', 20, 21),
    # Vol_I 1869 "(E) $250,001 - $1,000,000 add 4"; 1891 "(E) More than $800,000 add 4"
    ('loss = "$800,001"', 22, 24),
    # Vol_I 1871 "(G) more than $5,000,000 add 6"; 1894 "(H) More than $5,000,000 add 7"
    ('loss = "$5,000,001"', 24, 27),
    # Vol_I 1872 "Treat the loss for a financial institution ... as at least $5,000" (+1);
    # Vol_I 1878-1879 (b)(1) "+2"
    ("financial_institution_or_post_office = true", 19, 22),
    # Vol_I 1939-1942 comment. (n.4) "intervening level" (3); Vol_I 1934-1935 (b)(3)(D) "add 3"
    ('bodily_injury = "between_bodily_and_serious"', 21, 23),
    # Vol_I 1873 (A) 5; the cap 9 (Vol_I 8393); after: the same 5 + 6 capped at 9
    ('weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"', 27, 29),
])
def test_amendments_110_111_nov_1_1989(capsys, tmp_path, facts, before, after):
    assert _level(capsys, tmp_path, facts, "1989-10-31") == before
    assert _level(capsys, tmp_path, facts, "1989-11-01") == after


def test_express_threat_of_death_from_nov_1_1989(capsys, tmp_path):
    """Vol_I 1883: "(D) if an express threat of death was made, increase by 2 levels",
    inserted by A110; the day before, the edition has no such clause (refused)."""
    err = refused_on(capsys, tmp_path, G, KEY, 'weapon = "threat_of_death"', "1989-10-31")
    assert "robbery.weapon" in err
    assert _level(capsys, tmp_path, 'weapon = "threat_of_death"', "1989-11-01") == 22


def test_amendment_315_item_taken_words_nov_1_1990(capsys, tmp_path):
    """Vol_I 6471-6473: "obtaining" and "the object" struck; +1 both days."""
    facts = "firearm_destructive_device_or_drug_taken = true"
    assert "If obtaining a firearm" in reasons_on(capsys, tmp_path, G, KEY, facts, "1990-10-31")
    assert "was taken, or if the taking of such item" in reasons_on(
        capsys, tmp_path, G, KEY, facts, "1990-11-01")
    assert _level(capsys, tmp_path, facts, "1990-10-31") == 21
    assert _level(capsys, tmp_path, facts, "1990-11-01") == 21


# A365, Vol_I 8381-8393: the day before and the day of Nov. 1, 1991.
@pytest.mark.parametrize("facts,before,after", [
    ('weapon = "firearm_discharged"', 25, 27),  # Vol_I 8382 "5 levels" -> 8387 "7 levels"
    ('weapon = "firearm_otherwise_used"', 24, 26),  # Vol_I 8383 "4" -> 8388 "6"
    ('weapon = "firearm_brandished_or_possessed"', 23, 25),  # Vol_I 8384-8385 "3" -> 8388-8389 "5"
    ('weapon = "dangerous_weapon_otherwise_used"', 24, 24),  # Vol_I 8383 "4" -> 8389-8390 "4"
    # Vol_I 8384-8385 "3" -> 8390-8391 "3"
    ('weapon = "dangerous_weapon_brandished_or_possessed"', 23, 23),
    ('weapon = "threat_of_death"', 22, 22),  # Vol_I 8385 "(D) ... 2" -> 8391-8392 "(F) ... 2"
    # Vol_I 8393 the cap "9" -> "11": 5 + 6 capped at 9; 7 + 6 capped at 11
    ('weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"', 29, 31),
    # 4 + 5 = 9 is not capped the day before; 6 + 5 = 11 not capped the day of
    ('weapon = "firearm_otherwise_used"\nbodily_injury = "between_serious_and_permanent"', 29, 31),
])
def test_amendment_365_nov_1_1991(capsys, tmp_path, facts, before, after):
    assert _level(capsys, tmp_path, facts, "1991-10-31") == before
    assert _level(capsys, tmp_path, facts, "1991-11-01") == after


# A483, Vol_I 14607-14616: carjacking and the cross reference from Nov. 1, 1993.
@pytest.mark.parametrize("facts,field,after", [
    ("carjacking = true", "robbery.carjacking", 22),  # Vol_I 14607-14608 "(B) ... carjacking"
    ("carjacking = true\nfinancial_institution_or_post_office = true", "robbery.carjacking", 22),
    ("victim_murdered = true", "robbery.victim_murdered", 43),  # Vol_I 14611-14616, §2A1.1
])
def test_amendment_483_nov_1_1993(capsys, tmp_path, facts, field, after):
    assert field in refused_on(capsys, tmp_path, G, KEY, facts, "1993-10-31")
    assert _level(capsys, tmp_path, facts, "1993-11-01") == after


def test_amendments_545_552_nov_1_1997(capsys, tmp_path):
    """Vol_I 19494-19498: carjacking moved out of (b)(1) into its own (b)(5) (cumulative with
    a financial institution, Vol_I 19508); (b)(5)-(6) redesignated (b)(6)-(7); Vol_I
    19997-19998: "an express threat of death" -> "a threat of death"."""
    both = "carjacking = true\nfinancial_institution_or_post_office = true"
    assert _level(capsys, tmp_path, both, "1997-10-31") == 22
    assert _level(capsys, tmp_path, both, "1997-11-01") == 24
    loss = 'loss = "$60,000"'
    assert steps_on(capsys, tmp_path, G, KEY, loss, "1997-10-31")[-1] == ("§2B3.1(b)(6)(C)", 22)
    assert steps_on(capsys, tmp_path, G, KEY, loss, "1997-11-01")[-1] == ("§2B3.1(b)(7)(C)", 22)
    threat = 'weapon = "threat_of_death"'
    assert "if an express threat of death was made" in reasons_on(
        capsys, tmp_path, G, KEY, threat, "1997-10-31")
    assert "if a threat of death was made" in reasons_on(
        capsys, tmp_path, G, KEY, threat, "1997-11-01")


def test_amendment_601_nov_1_2000(capsys, tmp_path):
    """Vol_II 3007: "displayed," struck from (b)(2); 5 levels both days."""
    facts = 'weapon = "firearm_brandished_or_possessed"'
    assert "brandished, displayed, or possessed" in reasons_on(
        capsys, tmp_path, G, KEY, facts, "2000-10-31")
    assert "if a firearm was brandished or possessed" in reasons_on(
        capsys, tmp_path, G, KEY, facts, "2000-11-01")
    assert _level(capsys, tmp_path, facts, "2000-10-31") == 25
    assert _level(capsys, tmp_path, facts, "2000-11-01") == 25


# A791, Supp 4647-4668: the (b)(7) table the day before and the day of Nov. 1, 2015.
@pytest.mark.parametrize("loss,before,after", [
    ("$10,000", 20, 20),  # Supp 4650 "(A) $10,000 or less no increase"; 4661 "(A) $20,000 or less"
    ("$10,000.01", 21, 20),  # Supp 4651 "More than $10,000 add 1"; 4661 "(A) $20,000 or less"
    ("$20,000", 21, 20),
    ("$20,000.01", 21, 21),  # Supp 4662 "More than $20,000 add 1"
    ("$50,000.01", 22, 21),  # Supp 4652 "More than $50,000 add 2"
    ("$95,000.01", 22, 22),  # Supp 4663 "More than $95,000 add 2"
    ("$250,000.01", 23, 22),  # Supp 4653 "More than $250,000 add 3"
    ("$500,000.01", 23, 23),  # Supp 4664 "More than $500,000 add 3"
    ("$800,000.01", 24, 23),  # Supp 4654 "More than $800,000 add 4"
    ("$1,500,000.01", 25, 24),  # Supp 4655 "add 5"; 4665 "More than $1,500,000 add 4"
    ("$2,500,000.01", 26, 24),  # Supp 4656 "More than $2,500,000 add 6"
    ("$3,000,000.01", 26, 25),  # Supp 4666 "More than $3,000,000 add 5"
    ("$5,000,000.01", 27, 26),  # Supp 4657 "add 7"; 4667 "More than $5,000,000 add 6"
    ("$9,500,000.01", 27, 27),  # Supp 4668 "More than $9,500,000 add 7"
])
def test_amendment_791_nov_1_2015(capsys, tmp_path, loss, before, after):
    facts = f'loss = "{loss}"'
    assert _level(capsys, tmp_path, facts, "2015-10-31") == before
    assert _level(capsys, tmp_path, facts, "2015-11-01") == after
