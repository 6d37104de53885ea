"""Audit of §2A3.1 (Criminal Sexual Abuse) before the 2016 Manual: each amendment of its
historical note that changed the guideline (or the commentary ussg reads), the day before and
the day of its effective date (the Manual in force on the sentencing date), asserting what the
amendment's text gives.

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I = APPENDIX_C_Vol_I.txt; Vol_II = APPENDIX_C_Vol_II.txt; Vol_III = APPENDIX_C_Vol_III.txt
  A91  Vol_I 1572-1575 (Nov. 1, 1989): (b)(1) "offense was committed by the means set forth in
       18 U.S.C. § 2241(a) or (b)"
  A92  Vol_I 1597-1599 (Nov. 1, 1989): (b)(4)(C) "between ... (A) and (B), increase by 3 levels"
  A392 Vol_I 9995-9998 (Nov. 1, 1991): comment. (n.3) "If the adjustment in subsection (b)(3)
       applies, do not apply §3B1.3"
  A444 Vol_I 12218-12233 (Nov. 1, 1992): (b)(3) no longer names "a corrections employee";
       (c)(1) Special Instruction: such a victim is an official victim under §3A1.2(a); Note 3
       renumbered Note 4 (lines 12232-12233)
  A477 Vol_I 13816-13825 (Nov. 1, 1993): (c)(1) the murder cross reference (§2A1.1)
  A545 Vol_I 19478-19487 (Nov. 1, 1997): comment. (n.2) deleted, Notes 3-7 -> 2-6 (the trust
       note is Note 3 again; A664, Vol_III 533-534, quotes it as Note 3)
  A592 Vol_II 1269-1274 (Nov. 1, 2000): (b)(6) +2 (misrepresentation; a computer)
  A664 Vol_III 474 (Nov. 1, 2004): (a) "27" -> "30"
  A701 Vol_III 8027-8031 (Nov. 1, 2007): (a)(1) 38 for a § 2241(c) conviction, (a)(2) 30;
       (b)(2) "If subsection (a)(2) applies and"
"""

from __future__ import annotations

from tests.manual.ch2.sentenced_on import level_on, refused_on, steps_on

G, KEY = "2A3.1", "criminal_sexual_abuse"
TRUST = "[adjustments.role]\nabuse_of_trust = true\n"
CUSTODY = 'victim_custody = ["custody_care_or_supervisory_control"]'


def test_amendments_91_92_nov_1_1989(capsys, tmp_path):
    """Vol_I 1597-1599: (b)(4)(C) +3 from Nov. 1, 1989; the day before (b)(4) has only (A)
    and (B) (refused). Vol_I 1572-1575: (b)(1) reworded, +4 both days."""
    facts = 'bodily_injury = "between_serious_and_permanent"'
    assert "bodily_injury" in refused_on(capsys, tmp_path, G, KEY, facts, "1989-10-31")
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-11-01") == [
        ("§2A3.1(a)", 27), ("§2A3.1(b)(4)(C)", 30)]
    means = "conduct_described_in_2241a_or_b = true"
    assert level_on(capsys, tmp_path, G, KEY, means, "1989-10-31") == 31
    assert level_on(capsys, tmp_path, G, KEY, means, "1989-11-01") == 31


def test_amendment_392_nov_1_1991(capsys, tmp_path):
    """Vol_I 9995-9998: the day before, §3B1.3 (+2) stands with (b)(3); the day of, it is
    refused under comment. (n.3)."""
    assert steps_on(capsys, tmp_path, G, KEY, CUSTODY, "1991-10-31", TRUST) == [
        ("§2A3.1(a)", 27), ("§2A3.1(b)(3)", 29)]
    assert level_on(capsys, tmp_path, G, KEY, CUSTODY, "1991-10-31", TRUST) == 31
    err = refused_on(capsys, tmp_path, G, KEY, CUSTODY, "1991-11-01", TRUST)
    assert "adjustments.role.abuse_of_trust" in err and "§2A3.1, comment. (n.3)" in err


def test_amendment_444_nov_1_1992(capsys, tmp_path):
    """Vol_I 12220-12224: (b)(3) "was a corrections employee" struck (+2 the day before,
    refused the day of); Vol_I 12228-12231: (c)(1), the victim deemed an official victim
    under §3A1.2(a) (+3) from the day of (refused the day before)."""
    employee = 'victim_custody = ["corrections_employee"]'
    assert level_on(capsys, tmp_path, G, KEY, employee, "1992-10-31") == 29
    assert "corrections_employee" in refused_on(capsys, tmp_path, G, KEY, employee, "1992-11-01")
    deemed = "prison_official_victim = true"
    assert "prison_official_victim" in refused_on(capsys, tmp_path, G, KEY, deemed, "1992-10-31")
    assert level_on(capsys, tmp_path, G, KEY, deemed, "1992-11-01") == 30


def test_trust_note_numbered_by_amendments_444_and_545(capsys, tmp_path):
    """Vol_I 12232-12233: A444 renumbered Note 3 (the trust note) as Note 4, Nov. 1, 1992;
    Vol_I 19478-19487: A545 deleted Note 2 and redesignated Notes 3-7 as 2-6, Nov. 1, 1997
    (Vol_III 533-534: A664 quotes it as Note 3). Before this audit the table printed (n.3)
    from 1992 to 1997."""
    for day, note in [("1992-10-31", "(n.3)"), ("1992-11-01", "(n.4)"),
                      ("1997-10-31", "(n.4)"), ("1997-11-01", "(n.3)")]:
        err = refused_on(capsys, tmp_path, G, KEY, CUSTODY, day, TRUST)
        assert f"§2A3.1, comment. {note}: “If the adjustment in subsection (b)(3)" in err, day


def test_amendment_477_nov_1_1993(capsys, tmp_path):
    """Vol_I 13817-13822: (c)(1) "apply §2A1.1 (First Degree Murder)": 43; refused before."""
    facts = "victim_murdered = true"
    assert "victim_murdered" in refused_on(capsys, tmp_path, G, KEY, facts, "1993-10-31")
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1993-11-01") == [
        ("§2A3.1(a)", 27), ("§2A3.1(c)(1)", 43)]


def test_amendment_592_nov_1_2000(capsys, tmp_path):
    """Vol_II 1269-1274: (b)(6) "the use of a computer or an Internet-access device, increase
    by 2 levels"; refused the day before."""
    facts = 'minor_enticement = ["computer"]'
    assert "minor_enticement" in refused_on(capsys, tmp_path, G, KEY, facts, "2000-10-31")
    assert level_on(capsys, tmp_path, G, KEY, facts, "2000-11-01") == 29


def test_amendment_664_nov_1_2004(capsys, tmp_path):
    """Vol_III 474: (a) "27" -> "30"."""
    assert level_on(capsys, tmp_path, G, KEY, "", "2004-10-31") == 27
    assert level_on(capsys, tmp_path, G, KEY, "", "2004-11-01") == 30


def test_amendment_701_nov_1_2007(capsys, tmp_path):
    """Vol_III 8027-8029: (a)(1) "38, if the defendant was convicted under 18 U.S.C. §
    2241(c)" (refused the day before: a single level 30); Vol_III 8030-8031: (b)(2) only "If
    subsection (a)(2) applies"."""
    convicted = "convicted_under_2241c = true"
    assert "convicted_under_2241c" in refused_on(capsys, tmp_path, G, KEY, convicted,
                                                 "2007-10-31")
    assert level_on(capsys, tmp_path, G, KEY, convicted, "2007-11-01") == 38
    both = convicted + '\nvictim_age = "under_twelve"'
    assert level_on(capsys, tmp_path, G, KEY, both, "2007-11-01") == 38
    child = 'victim_age = "under_twelve"'
    assert steps_on(capsys, tmp_path, G, KEY, child, "2007-10-31") == [
        ("§2A3.1(a)", 30), ("§2A3.1(b)(2)(A)", 34)]
    assert steps_on(capsys, tmp_path, G, KEY, child, "2007-11-01") == [
        ("§2A3.1(a)(2)", 30), ("§2A3.1(b)(2)(A)", 34)]
