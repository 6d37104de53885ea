"""Audit of §2C1.1 (Bribery; Extortion Under Color of Official Right) before the 2016 Manual:
each amendment that changed (a), (b) or the table (b) reads, the day before and the day of its
effective date (the Manual in force on the sentencing date), asserting what the amendment's
text gives. ussg does not compute the former §§2C1.2-2C1.7 (not registered).

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I = APPENDIX_C_Vol_I.txt; Vol_II = APPENDIX_C_Vol_II.txt; Vol_III = APPENDIX_C_Vol_III.txt;
  Supp = APPENDIX_C_Supplement.txt
  A121 Vol_I 2048-2052 (Nov. 1, 1989): (b)(1) "more than one bribe, increase by 2 levels";
       (b)(2) "(If more than one applies, use the greater)" over (A) value, (B) high level
  A154 Vol_I 3104-3138 (Nov. 1, 1989): the §2F1.1 table (b)(2)(A) reads ("(E) $20,001 -
       $50,00 add 4" -> "(F) More than $40,000 add 5")
  A367 Vol_I 8484-8487 (Nov. 1, 1991): "or the loss to the government from the offense,
       whichever is greatest"
  A617 Vol_II 6555-6566 (Nov. 1, 2001): (b)(2)(A)(i) over $2,000 to $5,000 +1; (ii) over
       $5,000 the §2B1.1 table (its 2001 rows: tables/theft_fraud_loss_table.toml)
  A666 Vol_III 2868-2900 (Nov. 1, 2004): (a)(1) 14 public official, (a)(2) 12; (b)(2) over
       $5,000; (b)(3) +4, at least 18; (b)(4) +2 facilitated entry
  A791 Supp 4675-4676 (Nov. 1, 2015): (b)(2) "$5,000" -> "$6,500"
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.sentenced_on import level_on, refused_on, steps_on

G, KEY = "2C1.1", "bribery"


def _level(capsys, tmp_path, facts: str, day: str) -> int:
    return level_on(capsys, tmp_path, G, KEY, facts, day)


def test_amendments_121_and_154_nov_1_1989(capsys, tmp_path):
    """Vol_I 2051: (b)(1) "more than one bribe, increase by 2 levels" (refused the day
    before); Vol_I 3110 / 3125: $40,001 +4 under the 1987 §2F1.1 table, +5 under A154's."""
    facts = "more_than_one_bribe = true"
    assert "more_than_one_bribe" in refused_on(capsys, tmp_path, G, KEY, facts, "1989-10-31")
    assert _level(capsys, tmp_path, facts, "1989-11-01") == 12
    assert steps_on(capsys, tmp_path, G, KEY, 'payment = "$40,001"', "1989-10-31")[-1] == (
        "§2C1.1(b)(1)", 14)
    assert steps_on(capsys, tmp_path, G, KEY, 'payment = "$40,001"', "1989-11-01")[-1] == (
        "§2C1.1(b)(2)(A)", 15)
    # Vol_I 2052 "use the greater": (B) +8 over (A) +5
    both = 'payment = "$40,001"\nhigh_level_official = true'
    assert _level(capsys, tmp_path, both, "1989-11-01") == 18


def test_amendment_367_nov_1_1991(capsys, tmp_path):
    """Vol_I 8484-8487: the loss to the government counted from Nov. 1, 1991."""
    facts = 'loss_to_government = "$40,001"'
    assert "loss_to_government" in refused_on(capsys, tmp_path, G, KEY, facts, "1991-10-31")
    assert _level(capsys, tmp_path, facts, "1991-11-01") == 15  # Vol_I 3125 "add 5"


@pytest.mark.parametrize("amount,before,after", [
    ("$5,000", 11, 11),  # Vol_I 3121 "More than $2,000 add 1"; Vol_II 6563-6564 "(i) ... 1 level"
    # Vol_I 3125 "More than $40,000 add 5"; Vol_II 6564-6566 §2B1.1, "More than $30,000 add 6"
    ("$40,001", 15, 16),
])
def test_amendment_617_nov_1_2001(capsys, tmp_path, amount, before, after):
    facts = f'payment = "{amount}"'
    assert _level(capsys, tmp_path, facts, "2001-10-31") == before
    assert _level(capsys, tmp_path, facts, "2001-11-01") == after


@pytest.mark.parametrize("facts,before,after", [
    ("", 10, 12),  # A666 struck (a) 10 (Vol_III 2652-2700); Vol_III 2875 "(2) 12, otherwise"
    ('payment = "$5,000"', 11, 12),  # Vol_II 6563 "(i) ... 1 level"; Vol_III 2884 "exceeded $5,000"
    # Vol_I 2051-2052 (B) +8 over 10; Vol_III 2888-2894 +4, "less than level 18, increase to 18"
    ("high_level_official = true", 18, 18),
])
def test_amendment_666_nov_1_2004(capsys, tmp_path, facts, before, after):
    assert _level(capsys, tmp_path, facts, "2004-10-31") == before
    assert _level(capsys, tmp_path, facts, "2004-11-01") == after


def test_amendment_666_new_findings(capsys, tmp_path):
    """Vol_III 2874 "(1) 14, if the defendant was a public official"; Vol_III 2895-2900
    (b)(4) +2; neither read the day before (a single base level 10, no (b)(4))."""
    for facts in ("public_official = true", 'facilitated = ["entry"]'):
        field = facts.split(" =")[0]
        assert field in refused_on(capsys, tmp_path, G, KEY, facts, "2004-10-31")
    assert _level(capsys, tmp_path, "public_official = true", "2004-11-01") == 14
    assert _level(capsys, tmp_path, 'public_official = true\nfacilitated = ["entry"]',
                  "2004-11-01") == 16


def test_amendment_791_nov_1_2015(capsys, tmp_path):
    """Supp 4675-4676: "$5,000" -> "$6,500": $6,000 adds 2 (more than $5,000) the day before,
    nothing the day of."""
    assert _level(capsys, tmp_path, 'payment = "$6,000"', "2015-10-31") == 14
    assert _level(capsys, tmp_path, 'payment = "$6,000"', "2015-11-01") == 12
