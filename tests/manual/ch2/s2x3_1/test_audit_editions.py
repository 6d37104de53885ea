"""Audit of §2X3.1 (Accessory After the Fact) before the 2016 Manual: its floor and caps by
edition, the day before and the day of each amendment that changed (a) (the Manual in force on
the sentencing date).

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  (a) 1987: "6 levels lower than the offense level for the underlying offense, but in no event
       less than 4, or more than 30" (APPENDIX_C_Vol_II.txt lines 16005-16006, as A655 strikes
       it; only A380 and A637 touched (a) before)
  A380 APPENDIX_C_Vol_I.txt lines 9296-9299 (Nov. 1, 1991): "where the conduct is limited to
       harboring a fugitive, the offense level shall not be more than level 20"
  A655 APPENDIX_C_Vol_II.txt lines 16010-16031 (Nov. 1, 2003): (a)(3)(C), the harboring limit
       does not apply to § 2339/2339A or a federal crime of terrorism
  §3C1.1's note withholding the obstruction adjustment from a §2X3.1 offense: Note 6 from
  Nov. 1, 1993 (A496, APPENDIX_C_Vol_I.txt lines 15845-15849, "except where ..."); Note 7 from
  Nov. 1, 1998 (A579, APPENDIX_C_Vol_II.txt lines 341-342, "where" -> "if"; A581, lines
  517-522, Notes 1-8 redesignated 2-9)
"""

from __future__ import annotations

from tests.manual.ch2.sentenced_on import level_on, refused_on, steps_on

G, KEY = "2X3.1", "accessory"


def _facts(level: int, more: str = "") -> str:
    return f'underlying_guideline = "other"\nunderlying_offense_level = {level}\n{more}'


def test_floor_and_cap_of_1987(capsys, tmp_path):
    """Vol_II 16005-16006: 8 - 6 = 2, raised to 4; 37 - 6 = 31, lowered to 30."""
    assert level_on(capsys, tmp_path, G, KEY, _facts(8), "1987-11-01", category="VI") == 4
    assert level_on(capsys, tmp_path, G, KEY, _facts(37), "1987-11-01") == 30


def test_amendment_380_harboring_cap_nov_1_1991(capsys, tmp_path):
    """Vol_I 9296-9299: 30 - 6 = 24, at most 20 for harboring from Nov. 1, 1991; the day
    before the edition has no such limit (the finding is refused)."""
    facts = _facts(30, "harboring_only = true")
    assert "harboring_only" in refused_on(capsys, tmp_path, G, KEY, facts, "1991-10-31")
    assert level_on(capsys, tmp_path, G, KEY, facts, "1991-11-01") == 20
    assert level_on(capsys, tmp_path, G, KEY, _facts(30), "1991-10-31") == 24


def test_amendment_655_terrorism_exception_nov_1_2003(capsys, tmp_path):
    """Vol_II 16021-16031: (a)(3)(C), the harboring limit does not apply: 24, not 20; refused
    the day before (the Oct. 27, 2003 Manual has no (a)(3)(C))."""
    facts = _facts(30, "harboring_only = true\nterrorism_exception = true")
    assert "terrorism_exception" in refused_on(capsys, tmp_path, G, KEY, facts, "2003-10-31")
    assert steps_on(capsys, tmp_path, G, KEY, facts, "2003-11-01")[-1] == (
        "§2X3.1(a)(3)(C)", 24)
    harboring = _facts(30, "harboring_only = true")
    assert level_on(capsys, tmp_path, G, KEY, harboring, "2003-10-31") == 20
    assert level_on(capsys, tmp_path, G, KEY, harboring, "2003-11-01") == 20


def test_section_3c1_1_note_renumbered_nov_1_1998(capsys, tmp_path):
    """§3C1.1 stated with a §2X3.1 count is refused under the note, cited as comment. (n.6)
    "except where" the day before Amendments 579 and 581 and (n.7) "except if" the day of
    (before this audit the table cited (n.6) until Nov. 1, 2003)."""
    obstruction = "[adjustments.obstruction]\nobstructed_justice = true\n"
    err = refused_on(capsys, tmp_path, G, KEY, _facts(30), "1998-10-31", obstruction)
    assert "§3C1.1, comment. (n.6)" in err and "except where a significant further" in err
    err = refused_on(capsys, tmp_path, G, KEY, _facts(30), "1998-11-01", obstruction)
    assert "§3C1.1, comment. (n.7)" in err and "except if a significant further" in err
    err = refused_on(capsys, tmp_path, G, KEY, _facts(30), "2003-10-31", obstruction)
    assert "§3C1.1, comment. (n.7)" in err
    # with the further obstruction found, the adjustment applies: 30 - 6 = 24, +2
    facts = _facts(30, "further_obstruction = true")
    assert level_on(capsys, tmp_path, G, KEY, facts, "1998-11-01", obstruction) == 26
