"""§2A3.1, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: interactions the first tests leave out.

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 3068-3126 ((a) 3072-3074; (b)(1)-(6)
          3078-3102; (c)(1) 3111-3115), comment. (n.3(B)) lines 3210-3211
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1431-1461; comment. (n.3(B)) line 1501
  A392  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 9995-9998 (Note 3, Nov. 1, 1991: "If the
          adjustment in subsection (b)(3) applies, do not apply §3B1.3")
  A664  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 533-534 (quotes that Note 3 as struck,
          2004) and 595-597 (the "(B) Inapplicability of Chapter Three Adjustment" inserted)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2A3.1", "criminal_sexual_abuse", facts, manual, more)


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_every_characteristic_stacked_under_a2(capsys, tmp_path, manual):
    # S2025 3074 (a)(2) 30; (b)(1) +4 (3078), (b)(2)(A) +4 (3081), (b)(3) +2 (3085),
    # (b)(4)(A) +4 (3088), (b)(5) +4 (3092), (b)(6) +2 (3094-3098): 30+4+4+2+4+4+2 = 50
    facts = ('conduct_described_in_2241a_or_b = true\nvictim_age = "under_twelve"\n'
             'victim_custody = ["custody_care_or_supervisory_control"]\n'
             'bodily_injury = "permanent_or_life_threatening"\nabducted = true\n'
             'minor_enticement = ["computer"]')
    result = calc_json(capsys, _case(tmp_path, facts, manual))
    assert chapter_two_steps(result) == [("§2A3.1(a)(2)", 30), ("§2A3.1(b)(1)", 34), ("§2A3.1(b)(2)(A)", 38),
                              ("§2A3.1(b)(3)", 40), ("§2A3.1(b)(4)(A)", 44), ("§2A3.1(b)(5)", 48),
                              ("§2A3.1(b)(6)", 50)]
    assert result["total_offense_level"] == 50
    assert result["table_offense_level"] == 43  # Ch. 5 Pt. A, comment. (n.2): above 43 is treated as 43


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_a1_with_every_other_characteristic(capsys, tmp_path, manual):
    # S2025 3072 (a)(1) 38; (b)(2) "If subsection (a)(2) applies" (3080): not applied under (a)(1);
    # (b)(3) +2, (b)(4)(C) +3 (3089-3090), (b)(6) +2: 38+2+3+2 = 45
    facts = ('convicted_under_2241c = true\nvictim_age = "twelve_but_not_sixteen"\n'
             'victim_custody = ["custody_care_or_supervisory_control"]\n'
             'bodily_injury = "between_serious_and_permanent"\n'
             'minor_enticement = ["misrepresented_identity"]')
    result = calc_json(capsys, _case(tmp_path, facts, manual))
    assert chapter_two_steps(result) == [("§2A3.1(a)(1)", 38), ("§2A3.1(b)(2)", 38), ("§2A3.1(b)(3)", 40),
                              ("§2A3.1(b)(4)(C)", 43), ("§2A3.1(b)(6)", 45)]
    age = next(s for s in result["steps"] if s["section"] == "§2A3.1(b)(2)")
    assert age["change"] == "not applied"


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_murder_cross_reference_at_exactly_43_is_not_greater(capsys, tmp_path, manual):
    # (c)(1) "apply §2A1.1 ..., if the resulting offense level is greater than that determined
    # above" (S2025 3111-3115); §2A1.1(a) 43. 30 + 4 ((b)(1)) + 4 ((b)(2)(A)) + 2 ((b)(3))
    # + 3 ((b)(4)(C)) = 43: not greater, so the §2A3.1 level stands (shown not applied).
    facts = ('conduct_described_in_2241a_or_b = true\nvictim_age = "under_twelve"\n'
             'victim_custody = ["held_in_correctional_facility"]\n'
             'bodily_injury = "between_serious_and_permanent"\nvictim_murdered = true')
    result = calc_json(capsys, _case(tmp_path, facts, manual))
    murder = next(s for s in result["steps"] if s["section"] == "§2A3.1(c)(1)")
    assert murder["change"] == "not applied"
    assert result["total_offense_level"] == 43


@pytest.mark.parametrize("manual", ["1991-11-01", "1995-11-01", "2003-11-01", "2016", "2025"])
@pytest.mark.parametrize("adjustment", ["abuse_of_trust", "special_skill"])
def test_section_3b1_3_with_custody_is_refused(capsys, tmp_path, manual, adjustment):
    # comment. (n.3(B)) (S2025 3210-3211, S2016 1501; A664 595-597): "If the enhancement in
    # subsection (b)(3) applies, do not apply §3B1.3 (Abuse of Position of Trust or Use of
    # Special Skill)"; from Nov. 1, 1991 as Note 3 (A392). Stated with (b)(3): refused, exit 2.
    err = calc_refused(capsys, _case(
        tmp_path, 'victim_custody = ["custody_care_or_supervisory_control"]', manual,
        f"[adjustments.role]\n{adjustment} = true\n"))
    assert f"adjustments.role.{adjustment}" in err and "do not apply §3B1.3" in err


def test_section_3b1_3_with_custody_before_amendment_392(capsys, tmp_path):
    # Before Nov. 1, 1991 no such note (A392 inserts it): §3B1.3 applies, +2 after (b)(3).
    result = calc_json(capsys, _case(
        tmp_path, 'victim_custody = ["custody_care_or_supervisory_control"]', "1990-11-01",
        "[adjustments.role]\nabuse_of_trust = true\n"))
    assert chapter_two_steps(result)[-1] == ("§2A3.1(b)(3)", 29)
    assert result["total_offense_level"] == 31


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_section_3b1_3_without_custody_still_applies(capsys, tmp_path, manual):
    # The note reaches only a case where (b)(3) applies: without it §3B1.3's +2 stands.
    result = calc_json(capsys, _case(tmp_path, "abducted = true", manual,
                                     "[adjustments.role]\nabuse_of_trust = true\n"))
    assert chapter_two_steps(result)[-1] == ("§2A3.1(b)(5)", 34)
    assert result["total_offense_level"] == 36
