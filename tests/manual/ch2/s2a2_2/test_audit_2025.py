"""An independent second reading of §2A2.2 against the 2025 and 2016 Manuals (task auditch2).
Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 2803-2936 ((a)-(b) 2805-2851, comment.
          (n.4) 2900-2901)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1287-1360
  A663  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 202-203 (comment. (n.4) added)
  §3A1.2: GLM2025_fulltext.txt §3A1.2(a)-(b); the Chapter Three step is ussg's own
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    path = tmp_path / "audit-2a2.2.toml"
    path.write_text(f'# §2A2.2 findings under test (tests/manual/ch2/s2a2_2/test_audit_2025.py)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2A2.2"\n'
                    f'[offense.aggravated_assault]\n{facts}\n{more}'
                    f'[criminal_history]\ncategory = "I"\n')
    return path


def _levels(capsys, path: Path) -> list[int]:
    return [s["level"] for s in calc_json(capsys, path)["steps"]
            if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_both_caps_then_the_later_paragraphs(capsys, tmp_path, manual):
    """(a) 14; (b)(1) planning +2 = 16; (b)(2)(A) discharged +5 = 21; (b)(3)(C) permanent +7
    = 28, "the cumulative adjustments from application of subdivisions (2) and (3) shall not
    exceed 10 levels" = 26; (b)(4) strangling +3 = 29, "(2), (3), and (4) shall not exceed 12
    levels" = 28; (b)(5) payment +2 = 30; (b)(6) protection order +2 = 32 (S2025 lines
    2805-2845; S2016 lines 1289-1326)."""
    path = _case(tmp_path, 'more_than_minimal_planning = true\nweapon = "firearm_discharged"\n'
                 'bodily_injury = "permanent_or_life_threatening"\nstrangled_partner = true\n'
                 "motivated_by_payment = true\nviolated_protection_order = true", manual)
    assert _levels(capsys, path) == [14, 16, 21, 28, 26, 29, 28, 30, 32]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_strangling_alone_is_not_capped(capsys, tmp_path, manual):
    """(b)(4) +3 alone: 14 + 3 = 17 (S2025 lines 2829-2830)."""
    assert _levels(capsys, _case(tmp_path, "strangled_partner = true", manual)) == [14, 17]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_111b_needs_the_official_victim_adjustment(capsys, tmp_path, manual):
    """comment. (n.4): "If subsection (b)(7) applies, §3A1.2 (Official Victim) also shall
    apply" (S2025 lines 2900-2901; S2016 line 1351; from Amendment 663, A663). Before this
    audit ussg added (b)(7)'s 2 levels and left §3A1.2 out unless stated; now the conviction
    without the adjustment is refused naming it, and with it both apply: 14 + 2 = 16, then
    §3A1.2(b) (a Chapter Two, Part A guideline) +6 = 22."""
    error = calc_refused(capsys, _case(tmp_path, "convicted_under_111b_or_115 = true", manual))
    assert "adjustments.victim.official_victim" in error and "§3A1.2" in error
    result = calc_json(capsys, _case(tmp_path, "convicted_under_111b_or_115 = true", manual,
                                     '[adjustments.victim]\n'
                                     'official_victim = "status_person_offense"\n'))
    assert [s["level"] for s in result["steps"] if s["chapter"] == "chapter_two"] == [14, 16]
    assert result["total_offense_level"] == 22
