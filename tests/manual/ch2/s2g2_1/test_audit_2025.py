"""An independent second reading of §2G2.1 against the 2025 and 2016 Manuals (task auditch2).
Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 11503-11692 ((a)-(d) 11505-11560; comment.
          (n.4) 11622-11623, (n.5(B)) 11634-11636)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6421-6502 ((a)-(d) 6423-6445; (n.5(B)) 6487)
  A664  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 1681-1682 (the note on §3B1.3, 2004)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    path = tmp_path / "audit-2g2.1.toml"
    path.write_text(f'# §2G2.1 findings under test (tests/manual/ch2/s2g2_1/test_audit_2025.py)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2G2.1"\n'
                    f'[offense.production]\n{facts}\n{more}[criminal_history]\ncategory = "I"\n')
    return path


def _levels(capsys, path: Path) -> list[tuple[str, int]]:
    return chapter_two_steps(calc_json(capsys, path))


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_every_paragraph_in_order(capsys, tmp_path, manual):
    """(a) 32; (b)(1)(A) under twelve +4 = 36; (b)(2)(B) a sexual act and § 2241(a)/(b)
    conduct +4 = 40; (b)(3) distribution +2 = 42; (b)(4) both portrayals, +4 once = 46;
    (b)(5) custodian +2 = 48; (b)(6) misrepresentation and a computer, +2 once = 50 (S2025
    lines 11505-11540; S2016 lines 6423-6437)."""
    path = _case(tmp_path, 'minor_age = "under_twelve"\n'
                 'sexual_conduct = "sexual_act_with_2241_conduct"\nknowing_distribution = true\n'
                 'portrays = ["sadistic_masochistic_or_violence", "infant_or_toddler"]\n'
                 'custodian = true\nmisrepresentation_or_computer = ["misrepresented_identity", '
                 '"computer"]', manual)
    assert [lv for _, lv in _levels(capsys, path)] == [32, 36, 40, 42, 46, 48, 50]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_age_twelve_to_fifteen_and_sexual_contact(capsys, tmp_path, manual):
    """(b)(1)(B) "attained the age of twelve years but not attained the age of sixteen years"
    +2 = 34; (b)(2)(A) "a sexual act or sexual contact" +2 = 36."""
    path = _case(tmp_path, 'minor_age = "twelve_to_fifteen"\n'
                 'sexual_conduct = "sexual_act_or_contact"', manual)
    assert [lv for _, lv in _levels(capsys, path)] == [32, 34, 36]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_custodian_and_abuse_of_trust_are_refused(capsys, tmp_path, manual):
    """comment. (n.5(B)): "If the enhancement in subsection (b)(5) applies, do not apply
    §3B1.3" (S2025 lines 11634-11636; S2016 line 6487). Before this audit ussg applied both
    (+2 and +2); now exit 2 naming the adjustment."""
    error = calc_refused(capsys, _case(tmp_path, "custodian = true", manual,
                                       "[adjustments.role]\nabuse_of_trust = true\n"))
    assert "adjustments.role.abuse_of_trust" in error and "§3B1.3" in error


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_custodian_and_special_skill_are_refused(capsys, tmp_path, manual):
    """The same note bars §3B1.3 whole ("Abuse of Position of Trust or Use of Special
    Skill"), as §§2A3.1, 2B1.1, 2D1.1, 2G1.3 and 2P1.2's notes are read: a special skill
    stated with (b)(5) is refused too (it was added, +2, before)."""
    error = calc_refused(capsys, _case(tmp_path, "custodian = true", manual,
                                       "[adjustments.role]\nspecial_skill = true\n"))
    assert "adjustments.role.special_skill" in error and "§3B1.3" in error


def test_before_amendment_664_both_still_apply(capsys, tmp_path):
    """The note came with Amendment 664 (Nov. 1, 2004; A664): under the Nov. 1, 2003 Manual
    (b)(2) custodian +2 (then (b)(2), 27 + 2 = 29) and §3B1.3 +2 = 31 are not refused."""
    result = calc_json(capsys, _case(tmp_path, "custodian = true", "2003",
                                     "[adjustments.role]\nabuse_of_trust = true\n"))
    assert result["total_offense_level"] == 31


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_infant_or_toddler_and_vulnerable_victim_are_refused(capsys, tmp_path, manual):
    """comment. (n.4) "If subsection (b)(4)(B) applies, do not apply §3A1.1(b)" (S2025 lines
    11622-11623)."""
    error = calc_refused(capsys, _case(tmp_path, 'portrays = ["infant_or_toddler"]', manual,
                                       "[adjustments.victim]\nvulnerable_victim = true\n"))
    assert "adjustments.victim.vulnerable_victim" in error
