"""Audit of §2J1.2 (Obstruction of Justice) before the 2016 Manual: each amendment of its
historical note (172-174, 401, 647, 653, 676, 690, 701, 758, 777) that changed (a) or (b), the
day before and the day of its effective date (the Manual in force on the sentencing date),
including the emergency amendments of Jan. 25, 2003 and Oct. 24, 2005.

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I = APPENDIX_C_Vol_I.txt; Vol_II = APPENDIX_C_Vol_II.txt; Vol_III = APPENDIX_C_Vol_III.txt
  A172 Vol_I 3393-3402 (Nov. 1, 1989): (b)(1), (b)(2), (c)(1) reworded; +8 and +3 unchanged
  A647 Vol_II 12120-12130 (Jan. 25, 2003, Vol_II 12316): (a) "12" -> "14"; (b)(3) +2 records
  A676 Vol_III 5553-5565 (Oct. 24, 2005): (b)(1) "(Apply the greater)": (A) +8, (B) +12
       terrorism (§ 1001 or § 1505)
  A701 Vol_III 8303-8320 (Nov. 1, 2007): (b)(1) "greatest"; new (A) +4 (sex offenses, § 1001);
       (A)-(B) redesignated (B)-(C)
"""

from __future__ import annotations

from tests.manual.ch2.sentenced_on import level_on, refused_on, steps_on

G, KEY = "2J1.2", "obstruction"


def test_amendment_172_nov_1_1989(capsys, tmp_path):
    """Vol_I 3393-3400: words only; (b)(1) +8 and (b)(2) +3 both days."""
    for facts, level in (("injury_or_property_damage = true", 20),
                         ("substantial_interference = true", 15)):
        assert level_on(capsys, tmp_path, G, KEY, facts, "1989-10-31") == level
        assert level_on(capsys, tmp_path, G, KEY, facts, "1989-11-01") == level


def test_amendment_647_jan_25_2003(capsys, tmp_path):
    """Vol_II 12120: (a) "12" -> "14" (emergency, effective Jan. 25, 2003, Vol_II 12316);
    Vol_II 12123-12128: (b)(3) +2, refused the day before."""
    facts = "substantial_interference = true"
    assert level_on(capsys, tmp_path, G, KEY, facts, "2003-01-24") == 15
    assert level_on(capsys, tmp_path, G, KEY, facts, "2003-01-25") == 17
    records = "records_or_extensive = true"
    assert "records_or_extensive" in refused_on(capsys, tmp_path, G, KEY, records, "2003-01-24")
    assert steps_on(capsys, tmp_path, G, KEY, records, "2003-01-25") == [
        ("§2J1.2(a)", 14), ("§2J1.2(b)(3)", 16)]


def test_amendment_676_oct_24_2005(capsys, tmp_path):
    """Vol_III 5558-5565: "(1) (Apply the greater): (A) ... 8 levels. (B) If (i) defendant was
    convicted under 18 U.S.C. § 1001 or § 1505; and (ii) ... terrorism ... 12 levels";
    refused the day before."""
    facts = "terrorism_false_statement = true"
    assert "terrorism_false_statement" in refused_on(capsys, tmp_path, G, KEY, facts,
                                                     "2005-10-23")
    both = facts + "\ninjury_or_property_damage = true"
    assert level_on(capsys, tmp_path, G, KEY, both, "2005-10-24") == 26  # 14 + 12, the greater


def test_amendment_701_nov_1_2007(capsys, tmp_path):
    """Vol_III 8306-8311: (A) "increase by 4 levels" (sex offenses), refused the day before;
    the terrorism paragraph redesignated (C) (Vol_III 8306, 8317-8320), still +12."""
    facts = "sex_offense_false_statement = true"
    assert "sex_offense_false_statement" in refused_on(capsys, tmp_path, G, KEY, facts,
                                                       "2007-10-31")
    assert level_on(capsys, tmp_path, G, KEY, facts, "2007-11-01") == 18
    terrorism = "terrorism_false_statement = true"
    assert steps_on(capsys, tmp_path, G, KEY, terrorism, "2007-10-31")[-1] == (
        "§2J1.2(b)(1)(B)", 26)
    assert steps_on(capsys, tmp_path, G, KEY, terrorism, "2007-11-01")[-1] == (
        "§2J1.2(b)(1)(C)", 26)
