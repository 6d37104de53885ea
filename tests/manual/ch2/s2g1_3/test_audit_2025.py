"""§2G1.3, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: interactions the first tests leave out.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 11241-11318 ((a)(1)-(4) 11247-11256;
          (b)(1)-(5) 11260-11300), comment. (n.2(B)) lines 11387-11389
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6317-6351 ((b)(4) 6337, (b)(5) 6339),
          comment. (n.2(B)) line 6383
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2G1.3", "minor_sex_offense", facts, manual, more)


@pytest.mark.parametrize("manual", ["2016", "2025"])
@pytest.mark.parametrize("adjustment", ["abuse_of_trust", "special_skill"])
def test_section_3b1_3_with_custodian_is_refused(capsys, tmp_path, manual, adjustment):
    # comment. (n.2(B)) (S2025 11387-11389; S2016 6383): "If the enhancement under subsection
    # (b)(1) applies, do not apply §3B1.3 (Abuse of Position of Trust or Use of Special
    # Skill)": the whole of §3B1.3, the special skill as well as the position of trust.
    err = calc_refused(capsys, _case(tmp_path, 'convicted_under = "other"\ncustodian = true',
                                     manual, f"[adjustments.role]\n{adjustment} = true\n"))
    assert f"adjustments.role.{adjustment}" in err and "do not apply §3B1.3" in err


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_sex_act_counts_under_a1_but_a_commercial_sex_act_does_not(capsys, tmp_path, manual):
    # (b)(4)(A) (S2016 6337 "(A) the offense involved the commission of a sex act or sexual
    # contact; or (B) subsection (a)(3) or (a)(4) applies and the offense involved a commercial
    # sex act"): a sex act raises an (a)(1) level; a commercial sex act alone does not.
    paragraph = "§2G1.3(b)(4)" if manual == "2016" else "§2G1.3(b)(4)(A)"
    result = calc_json(capsys, _case(tmp_path, 'convicted_under = "1591(b)(1)"\n'
                                     'sex_act_or_sexual_contact = true', manual))
    assert chapter_two_steps(result) == [("§2G1.3(a)(1)", 34), (paragraph, 36)]
    result = calc_json(capsys, _case(tmp_path, 'convicted_under = "1591(b)(1)"\n'
                                     'commercial_sex_act = true', manual))
    assert result["total_offense_level"] == 34


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_a3_with_every_characteristic(capsys, tmp_path, manual):
    # (a)(3) 28 (§ 2422(b)); (b)(1) +2, (b)(2) +2, (b)(3) +2, (b)(4) +2, (b)(5) +8 (under
    # (a)(3)): 28+2+2+2+2+8 = 44 (S2025 11254, 11260-11300)
    paragraph = "§2G1.3(b)(4)" if manual == "2016" else "§2G1.3(b)(4)(A)"
    facts = ('convicted_under = "2422(b)"\ncustodian = true\n'
             'misrepresentation_or_influence = ["undue_influence"]\n'
             'computer_use = ["persuade_minor"]\ncommercial_sex_act = true\n'
             'minor_under_twelve = true')
    result = calc_json(capsys, _case(tmp_path, facts, manual))
    assert chapter_two_steps(result) == [("§2G1.3(a)(3)", 28), ("§2G1.3(b)(1)", 30), ("§2G1.3(b)(2)", 32),
                              ("§2G1.3(b)(3)", 34), (paragraph, 36), ("§2G1.3(b)(5)", 44)]


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_under_twelve_not_under_a2(capsys, tmp_path, manual):
    # (b)(5) "If (A) subsection (a)(3) or (a)(4) applies; and (B) ... under 12": not under (a)(2)
    result = calc_json(capsys, _case(tmp_path, 'convicted_under = "1591(b)(2)"\n'
                                     'minor_under_twelve = true', manual))
    assert result["total_offense_level"] == 30
