"""§2D1.1's operation-officer clause bars §3B1.3 in every edition that has it, with the words
and note number of that date (tables/drug_aircraft_or_vessel.toml):
- Nov. 1, 1989 - Oct. 31, 1995: Application Note 13, "If subsection (b)(2)(B) applies, do not
  apply §3B1.3 (Abuse of Position of Trust or Use of Special Skill)." (Amendment 134,
  appendix_c_2016/APPENDIX_C_Vol_I.txt lines 2775-2778);
- Nov. 1, 1995 - Oct. 31, 2009: Note 8, "Note, however, that if an adjustment from subsection
  (b)(2)(B) applies, do not apply §3B1.3 ..." (Amendment 518, Vol_I lines 16644-16646; Note 13
  deleted, lines 16682-16685);
- Nov. 1, 2009 - Oct. 31, 2010: the same with "(C)" (Amendment 728, Vol_III lines 13175-13176);
- from Nov. 1, 2010: comment. (n.23) of the 2016 Manual (test_audit_2025.py covers 2016/2025).
Before Nov. 1, 1992 (b)(2) applies only on a § 960(a) conviction (Amendment 134); where it does
not apply, neither does the note, and §3B1.3 is added."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps

N13 = ("If subsection (b)(2)(B) applies, do not apply §3B1.3 (Abuse of Position of Trust or "
       "Use of Special Skill).")
N8_B = ("Note, however, that if an adjustment from subsection (b)(2)(B) applies, do not apply "
        "§3B1.3 (Abuse of Position of Trust or Use of Special Skill).")
N8_C = N8_B.replace("(b)(2)(B)", "(b)(2)(C)")
N23 = N8_B.replace("(b)(2)(B)", "(b)(3)(C)")


def _case(tmp_path: Path, manual: str, clause: str, role: str, convictions: str = "") -> Path:
    path = tmp_path / "officer.toml"
    path.write_text(f'# §2D1.1 operation officer with §3B1.3 (test_officer_3b1_3_eras.py)\n'
                    f'manual = "{manual}"\n[offense]\naircraft_or_vessel = "{clause}"\n'
                    + (f"convictions = {convictions}\n" if convictions else "")
                    + '[[offense.drugs]]\nsubstance = "heroin"\nquantity = "400 g"\n'
                    f"[adjustments.role]\n{role} = true\n"
                    '[criminal_history]\ncategory = "I"\n')
    return path


# (manual, section shown, note cited, words): first and last supported edition of each era
ERAS = [
    ("1989-11-01", "§2D1.1(b)(2)(B)", "§2D1.1, comment. (n.13): ", N13),
    ("1994-11-01", "§2D1.1(b)(2)(B)", "§2D1.1, comment. (n.13): ", N13),  # day before n.8
    ("1995-11-01", "§2D1.1(b)(2)(B)", "§2D1.1, comment. (n.8): ", N8_B),
    ("2008-11-01", "§2D1.1(b)(2)(B)", "§2D1.1, comment. (n.8): ", N8_B),  # day before (C)
    ("2009-11-01", "§2D1.1(b)(2)(C)", "§2D1.1, comment. (n.8): ", N8_C),
    ("2010-11-01", "§2D1.1(b)(3)(C)", "", N23),
]


@pytest.mark.parametrize("role", ["special_skill", "abuse_of_trust"])
@pytest.mark.parametrize("manual,section,note,words", ERAS)
def test_operation_officer_with_3b1_3_is_refused(tmp_path: Path, capsys, manual: str,
                                                 section: str, note: str, words: str,
                                                 role: str) -> None:
    convictions = '["960(a)"]' if manual < "1992-11-01" else ""
    err = calc_refused(capsys, _case(tmp_path, manual, "operation_officer", role, convictions))
    assert f"adjustments.role.{role}" in err
    assert f"{section} applies" in err
    assert f'{note}"{words}"' in err


def test_the_day_before_the_characteristic_there_is_no_note(tmp_path: Path, capsys) -> None:
    """Oct. 15, 1988 edition (in force to Oct. 31, 1989): no (b)(2) (Amendment 134, Vol_I
    lines 2764-2772): the case is refused for the clause, not for §3B1.3."""
    err = calc_refused(capsys, _case(tmp_path, "1988-10-15", "operation_officer",
                                     "special_skill", '["960(a)"]'))
    assert "offense.aircraft_or_vessel" in err
    assert "§3B1.3" not in err


def test_1989_without_a_960_conviction_the_note_does_not_bar(tmp_path: Path, capsys) -> None:
    """1989: (b)(2) needs a § 960(a) conviction; without it (b)(2)(B) does not apply, so Note 13
    ("If subsection (b)(2)(B) applies") does not either: 400 g heroin is level 28 (1987 table,
    at least 400 G), (b)(2) not applied, §3B1.3 +2 = 30."""
    result = calc_json(capsys, _case(tmp_path, "1989-11-01", "operation_officer", "special_skill"))
    assert [level for _, level in chapter_two_steps(result)][-1] == 28
    assert result["total_offense_level"] == 30


@pytest.mark.parametrize("manual", ["1989-11-01", "1995-11-01", "2009-11-01"])
def test_a_private_aircraft_does_not_bar_3b1_3(tmp_path: Path, capsys, manual: str) -> None:
    """(A) is not the operation-officer clause: 28, +2 (b)(2)(A) = 30, §3B1.3 +2 = 32."""
    convictions = '["960(a)"]' if manual < "1992-11-01" else ""
    result = calc_json(capsys, _case(tmp_path, manual, "aircraft", "special_skill", convictions))
    assert chapter_two_steps(result)[-1] == ("§2D1.1(b)(2)(A)", 30)
    assert result["total_offense_level"] == 32
