"""Audit of §2B3.3 (Blackmail and Similar Forms of Extortion) before the 2016 Manual: each
amendment that changed (b)(1), the table it reads, or (c), the day before and the day of its
effective date (the Manual in force on the sentencing date), asserting what the amendment's
text gives.

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I = APPENDIX_C_Vol_I.txt; Vol_II = APPENDIX_C_Vol_II.txt; Supp = APPENDIX_C_Supplement.txt
  (b)(1) until Nov. 1, 2001, as A617 quotes it (Vol_II 6494-6496): "exceeded $2,000, increase
       by the corresponding number of levels from the table in §2F1.1"
  A154 Vol_I 3104-3138 (Nov. 1, 1989): §2F1.1's table, "(E) $20,001 - $50,00 add 4 ... (L)
       over $5,000,000 add 11" -> "(F) More than $40,000 add 5 ... (O) More than $5,000,000 add
       14 ..."
  A479 Vol_I 13889-13897 (Nov. 1, 1993): (c)(1) §2C1.1, (c)(2) §2B3.2
  A617 Vol_II 6497-6503 (Nov. 1, 2001): (b)(1)(A) over $2,000 to $5,000 +1, (B) over $5,000
       the §2B1.1 table
  A791 Supp 4670-4672 (Nov. 1, 2015): "$2,000" -> "$2,500", "$5,000" -> "$6,500"
(114, 1989: the heading "Characteristics" -> "Characteristic" only; 679, 2005: §2C1.1's title.)
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.sentenced_on import level_on, refused_on, steps_on

G, KEY = "2B3.3", "blackmail"


def _level(capsys, tmp_path, facts: str, day: str) -> int:
    return level_on(capsys, tmp_path, G, KEY, facts, day, category="VI")


@pytest.mark.parametrize("amount,before,after", [
    ("$2,000", 9, 9),  # Vol_I 3106 "(A) $2,000 or less"; 3120 the same
    ("$2,001", 10, 10),  # Vol_I 3107 "(B) $2,001 - $5,000 add 1"; 3121 "More than $2,000 add 1"
    ("$40,001", 13, 14),  # Vol_I 3110 "(E) $20,001 - $50,00 add 4"; 3125 "More than $40,000 add 5"
    ("$5,000,001", 20, 23),  # Vol_I 3117 "(L) over $5,000,000 add 11"; 3134 "(O) ... add 14"
])
def test_amendment_154_through_b1_nov_1_1989(capsys, tmp_path, amount, before, after):
    facts = f'amount_obtained = "{amount}"'
    assert _level(capsys, tmp_path, facts, "1989-10-31") == before
    assert _level(capsys, tmp_path, facts, "1989-11-01") == after


def test_amendment_479_nov_1_1993(capsys, tmp_path):
    """Vol_I 13895-13897: (c)(2) "apply §2B3.2": 18, +2 for the threat (A366, Vol_I
    8420-8421); refused the day before (no subsection (c))."""
    facts = ("[offense.blackmail.extortion_by_force]\n"
             "threat_of_death_injury_or_kidnapping = true")
    assert "offense.blackmail.extortion_by_force" in refused_on(capsys, tmp_path, G, KEY, facts,
                                                                "1993-10-31")
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1993-11-01")[-1] == ("§2B3.3(c)(2)", 20)


@pytest.mark.parametrize("amount,before,after", [
    ("$5,000", 10, 10),  # Vol_I 3121 "More than $2,000 add 1"; Vol_II 6497-6498 "(A) ... 1 level"
    # Vol_I 3125 "More than $40,000 add 5"; from Nov. 1, 2001 §2B1.1's table (A617),
    # "More than $30,000 add 6" (tables/theft_fraud_loss_table.toml 2001-11-01)
    ("$40,001", 14, 15),
])
def test_amendment_617_nov_1_2001(capsys, tmp_path, amount, before, after):
    facts = f'amount_obtained = "{amount}"'
    assert _level(capsys, tmp_path, facts, "2001-10-31") == before
    assert _level(capsys, tmp_path, facts, "2001-11-01") == after


@pytest.mark.parametrize("amount,before,after", [
    ("$2,500", 10, 9),  # Supp 4670-4671 "$2,000" -> "$2,500": (A) no longer reached
    ("$6,500", 11, 10),  # "$5,000" -> "$6,500": (A) +1 instead of the table's +2
    ("$6,500.01", 11, 11),  # (B): §2B1.1's table, more than $6,500 add 2 (Supp A791)
])
def test_amendment_791_nov_1_2015(capsys, tmp_path, amount, before, after):
    facts = f'amount_obtained = "{amount}"'
    assert _level(capsys, tmp_path, facts, "2015-10-31") == before
    assert _level(capsys, tmp_path, facts, "2015-11-01") == after
