"""An independent second reading of §2G2.2 against the 2025 and 2016 Manuals (task auditch2).
Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 11694-11918 ((a)-(c) 11700-11783)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6503-6612 ((a)-(c) 6505-6551)
  §2B1.1(b)(1) table: sections/2025/USSG_2B1.1_2025.txt lines 17-42;
  sections/2016/USSG_2B1.1_2016.txt lines 17-47
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps


def _case(tmp_path: Path, facts: str, manual: str, statute: str = "2252A(a)(2)") -> Path:
    path = tmp_path / "audit-2g2.2.toml"
    path.write_text(f'# §2G2.2 findings under test (tests/manual/ch2/s2g2_2/test_audit_2025.py)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "2G2.2"\n'
                    f'[offense.child_pornography]\nconvicted_under = "{statute}"\n{facts}\n'
                    f'[criminal_history]\ncategory = "I"\n')
    return path


def _steps(capsys, path: Path) -> list[tuple[str, int]]:
    return chapter_two_steps(calc_json(capsys, path))


@pytest.mark.parametrize("manual", ["2025", "2016"])
@pytest.mark.parametrize("value,levels", [
    ("$15,000", 5),      # §2B1.1 (B) +2: "but by not less than 5 levels"
    ("$40,000", 5),      # (C) More than $15,000 add 4: still 5
    ("$40,000.01", 6),   # (D) More than $40,000 add 6
    ("$95,000.01", 8),   # (E) More than $95,000 add 8
])
def test_pecuniary_gain_reads_the_2b1_1_table_with_a_floor_of_5(capsys, tmp_path, manual,
                                                                value, levels):
    """(b)(3)(A) "increase by the number of levels from the table in §2B1.1 ... corresponding
    to the retail value of the material, but by not less than 5 levels" (S2025 lines
    11721-11724; S2016 line 6515); the table of the same Manual. (a)(2) 22 + levels."""
    path = _case(tmp_path, f'distribution = "pecuniary_gain"\nretail_value = "{value}"', manual)
    assert _steps(capsys, path) == [("§2G2.2(a)(2)", 22), ("§2G2.2(b)(3)(A)", 22 + levels)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
@pytest.mark.parametrize("distribution", ["valuable_consideration", "other_distribution"])
def test_receipt_only_and_the_defendant_distributed_are_refused(capsys, tmp_path, manual,
                                                                distribution):
    """(b)(1) needs "(B) the defendant's conduct was limited to the receipt or solicitation
    ...; and (C) the defendant did not intend to traffic in, or distribute, such material"
    (S2025 lines 11708-11711; S2016 line 6511); (b)(3)(B) "If the defendant distributed in
    exchange for any valuable consideration" and (F) "If the defendant knowingly engaged in
    distribution" (S2025 lines 11726-11743; S2016 lines 6517, 6525) find the opposite. Before
    this audit ussg took -2 and +2 (or +5) together; now exit 2 naming both fields."""
    error = calc_refused(capsys, _case(
        tmp_path, f'receipt_only_no_intent_to_distribute = true\ndistribution = "{distribution}"',
        manual))
    assert "offense.child_pornography.receipt_only_no_intent_to_distribute" in error
    assert "offense.child_pornography.distribution" in error


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_receipt_only_decrease_with_a2(capsys, tmp_path, manual):
    """(b)(1): receipt (§ 2252A(a)(2), (a)(2) 22) limited to receipt, -2 = 20; prepubescent
    (b)(2) +2 = 22; computer (b)(6) +2 = 24; 1 video and 74 images = 149 (comment.
    (n.6(B)(ii)), S2025 lines 11878-11879, S2016 line 6597): (b)(7)(A) +2 = 26."""
    path = _case(tmp_path, "receipt_only_no_intent_to_distribute = true\n"
                 "prepubescent_minor = true\n"
                 'computer = "possession_transmission_receipt_or_distribution"\n'
                 "images = 74\nvideos = 1", manual)
    assert _steps(capsys, path) == [
        ("§2G2.2(a)(2)", 22), ("§2G2.2(b)(1)", 20), ("§2G2.2(b)(2)", 22),
        ("§2G2.2(b)(6)", 24), ("§2G2.2(b)(7)(A)", 26)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_both_portrayals_add_4_once(capsys, tmp_path, manual):
    """(b)(4) "portrays (A) sadistic or masochistic conduct ...; or (B) sexual abuse or
    exploitation of an infant or toddler, increase by 4 levels" (S2025 lines 11745-11747; S2016
    line 6527): both, +4 once. Possession (§ 2252A(a)(5)) (a)(1) 18 + 4 = 22."""
    path = _case(tmp_path, 'portrays = ["sadistic_masochistic_or_violence", '
                 '"infant_or_toddler"]', manual, statute="2252A(a)(5)")
    assert _steps(capsys, path)[-1] == ("§2G2.2(b)(4)", 22)


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_distribution_to_a_minor_for_prohibited_sexual_conduct(capsys, tmp_path, manual):
    """(b)(3)(E) +7 (S2025 lines 11734-11737; S2016 line 6523); (b)(5) pattern +5 (S2025 line
    11749): 22 + 7 + 5 = 34."""
    path = _case(tmp_path, 'distribution = "to_minor_for_prohibited_sexual_conduct"\n'
                 "pattern_of_activity = true", manual)
    assert _steps(capsys, path) == [("§2G2.2(a)(2)", 22), ("§2G2.2(b)(3)(E)", 29),
                                    ("§2G2.2(b)(5)", 34)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
@pytest.mark.parametrize("production,applied", [(22, False), (23, True)])
def test_production_cross_reference_only_if_greater(capsys, tmp_path, manual, production,
                                                    applied):
    """(c)(1) "apply §2G2.1 ..., if the resulting offense level is greater than that
    determined above" (S2025 lines 11773-11783; S2016 line 6551): 22 equal, not applied;
    23, applied."""
    result = calc_json(capsys, _case(tmp_path, f"production_offense_level = {production}",
                                     manual))
    assert result["total_offense_level"] == (production if applied else 22)
