"""An independent second reading of §2B1.1 against the 2025 and 2016 Manuals (task auditch2):
interactions and edges the guideline's own tests leave out. Every expected level is worked by
hand from the Manual's words, cited by file and line:
- 2025: /work/shared/reference/ussg/sections/2025/USSG_2B1.1_2025.txt
- 2016: /work/shared/reference/ussg/sections/2016/USSG_2B1.1_2016.txt
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps


def _case(tmp_path: Path, manual: str, facts: str, loss: str = "$2,000",
          months: int = 60) -> Path:
    path = tmp_path / "audit-2b1.1.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2B1.1"\n'
                    f"statutory_maximum_months = {months}\n[offense.theft_fraud]\n"
                    f'loss = "{loss}"\n{facts}\n[criminal_history]\ncategory = "I"\n')
    return path


def _steps(capsys, path: Path) -> list[tuple[str, int]]:
    return chapter_two_steps(calc_json(capsys, path))


def test_2025_cap_of_8_on_b2_and_b17b_then_the_floor_of_24(tmp_path: Path, capsys) -> None:
    """2025: (a)(1) 7 (20-year maximum, lines 8-14); loss $40,001 "(D) More than $40,000
    add 6" = 13 (line 24); hardship to 25 victims (b)(2)(C) +6 = 19 (lines 74-90);
    (b)(17)(B)(i) +4, but "(C) The cumulative adjustments ... shall not exceed 8 levels"
    (lines 209-212): +2 = 21; "(D) ... less than level 24, increase to level 24" (213-214)."""
    path = _case(tmp_path, "2025", "victims = 25\nhardship_victims = 25\n"
                 "jeopardized_financial_institution = true", loss="$40,001", months=240)
    assert _steps(capsys, path) == [
        ("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(D)", 13), ("§2B1.1(b)(2)(C)", 19),
        ("§2B1.1(b)(17)(B)", 21), ("§2B1.1(b)(17)", 24)]


def test_2025_cap_leaves_b17b_whole_when_b2_adds_4(tmp_path: Path, capsys) -> None:
    """2025: 4 ((b)(2)(B), five hardship victims) + 4 ((b)(17)(B)(ii)) = 8, "shall not exceed
    8 levels" (lines 209-212) is met: the whole +4. 6 (a)(2) + 0 = 6, +4 = 10, +4 = 14, then
    (D) 24 (lines 213-214)."""
    path = _case(tmp_path, "2025", "victims = 5\nhardship_victims = 5\n"
                 "endangered_public_company_or_large_employer = true")
    assert _steps(capsys, path) == [
        ("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)", 6), ("§2B1.1(b)(2)(B)", 10),
        ("§2B1.1(b)(17)(B)", 14), ("§2B1.1(b)(17)", 24)]


def test_2025_cap_does_not_touch_b17a(tmp_path: Path, capsys) -> None:
    """2025: the cap (C) counts (b)(2) and (b)(17)(B) only (line 209-210); (b)(2)(C) +6 with
    (b)(17)(A) +2 = 8 either way; 6 + 6 = 12, + 2 = 14, (D) 24."""
    path = _case(tmp_path, "2025", "victims = 30\nhardship_victims = 30\n"
                 'financial_institution_gross_receipts = "$1,000,000.01"')
    assert _steps(capsys, path) == [
        ("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)", 6), ("§2B1.1(b)(2)(C)", 12),
        ("§2B1.1(b)(17)(A)", 14), ("§2B1.1(b)(17)", 24)]


@pytest.mark.parametrize("manual,paragraph", [("2025", 14), ("2016", 13)])
def test_trade_secret_floor_of_14_only_under_subparagraph_b(tmp_path: Path, capsys,
                                                           manual: str, paragraph: int) -> None:
    """"If subparagraph (B) applies and the resulting offense level is less than level 14,
    increase to level 14" (2025 lines 169-179; 2016 lines 81-87, (b)(13)): (A) alone 6 + 2 =
    8 stays 8; (B) 6 + 4 = 10, then 14."""
    a = _steps(capsys, _case(tmp_path, manual, "trade_secret_out_of_united_states = true"))
    assert a[-1] == (f"§2B1.1(b)({paragraph})(A)", 8)
    b = _steps(capsys, _case(tmp_path, manual,
                             "trade_secret_out_of_united_states = true\n"
                             "trade_secret_to_benefit_foreign_government = true"))
    assert b[-2:] == [(f"§2B1.1(b)({paragraph})(B)", 10), (f"§2B1.1(b)({paragraph})", 14)]


@pytest.mark.parametrize("manual,paragraph", [("2025", 19), ("2016", 18)])
def test_computer_paragraph_floor_of_24_only_under_a_iii(tmp_path: Path, capsys,
                                                        manual: str, paragraph: int) -> None:
    """(A)(ii) § 1030(a)(5)(A) +4, no floor; (A)(iii) substantial disruption of critical
    infrastructure +6 and "(B) If subparagraph [2016: subdivision] (A)(iii) applies, and the
    offense level is less than level 24, increase to level 24" (2025 lines 215-232; 2016
    lines 103-113)."""
    ii = _steps(capsys, _case(tmp_path, manual, "convicted_under_1030 = true\n"
                                             "convicted_under_1030_a5a = true"))
    assert ii[-1] == (f"§2B1.1(b)({paragraph})(A)(ii)", 10)
    iii = _steps(capsys, _case(tmp_path, manual, "convicted_under_1030 = true\n"
                               "disrupted_critical_infrastructure = true\n"
                               "convicted_under_1030_a5a = true"))
    assert iii[-2:] == [(f"§2B1.1(b)({paragraph})(A)(iii)", 12),
                        (f"§2B1.1(b)({paragraph})", 24)]


@pytest.mark.parametrize("manual,paragraph", [("2025", 11), ("2016", 11)])
@pytest.mark.parametrize("count,applies", [(4, False), (5, True)])
def test_five_means_of_identification(tmp_path: Path, capsys, manual: str, paragraph: int,
                                      count: int, applies: bool) -> None:
    """(b)(11)(C)(ii) "the possession of 5 or more means of identification that unlawfully
    were produced from ... another means of identification" (2025 lines 148-160; 2016 line
    77): 4 is not; 5 is: 6 + 2 = 8, then "less than level 12, increase to level 12"."""
    steps = _steps(capsys, _case(tmp_path, manual,
                                 f"unlawfully_produced_means_of_identification = {count}"))
    if applies:
        assert steps[-2:] == [(f"§2B1.1(b)({paragraph})(C)(ii)", 8),
                              (f"§2B1.1(b)({paragraph})", 12)]
    else:
        assert steps[-1][1] == 6


def test_2025_42_usc_408_increase_and_floor(tmp_path: Path, capsys) -> None:
    """2025 (b)(13): "increase by 4 levels. If the resulting offense level is less than 12,
    increase to level 12" (lines 164-168): 6 + 4 = 10, then 12."""
    path = _case(tmp_path, "2025", "convicted_under_408_1011_or_1383a_ten_year_maximum = true",
                 months=120)
    assert _steps(capsys, path)[-2:] == [("§2B1.1(b)(13)", 10), ("§2B1.1(b)(13)", 12)]


def test_2016_victims_hardship_greatest_of_b2(tmp_path: Path, capsys) -> None:
    """2016 (b)(2) "(Apply the greatest)" (lines 49-55): 10 victims (A)(i) +2 and hardship to
    five victims (B) +4: only +4. 6 + 0 + 4 = 10."""
    path = _case(tmp_path, "2016", "victims = 10\nhardship_victims = 5\nmass_marketing = true")
    assert _steps(capsys, path) == [("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)", 6),
                                    ("§2B1.1(b)(2)(B)", 10)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_nine_victims_is_not_ten(tmp_path: Path, capsys, manual: str) -> None:
    """(b)(2)(A)(i) "involved 10 or more victims" (2025 line 80; 2016 line 51): 9 adds
    nothing, 10 adds 2."""
    nine = _steps(capsys, _case(tmp_path, manual, "victims = 9"))
    assert nine[-1][1] == 6
    ten = _steps(capsys, _case(tmp_path, manual, "victims = 10"))
    assert ten[-1] == ("§2B1.1(b)(2)(A)", 8)


def test_2025_gain_stands_in_for_loss(tmp_path: Path, capsys) -> None:
    """2025 (b)(1) Notes to Table (B): "The court shall use the gain ... only if there is a
    loss but it reasonably cannot be determined" (lines 48-50): gain $95,000.01 "(E) More
    than $95,000 add 8" (line 25): 6 + 8 = 14."""
    path = tmp_path / "gain.toml"
    path.write_text('manual = "2025"\n[offense]\nguideline = "2B1.1"\n'
                    "statutory_maximum_months = 60\n[offense.theft_fraud]\n"
                    'gain = "$95,000.01"\n[criminal_history]\ncategory = "I"\n')
    assert _steps(capsys, path) == [("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)(E)", 14)]


def test_2025_an_unknown_fact_is_refused(tmp_path: Path, capsys) -> None:
    """A fact §2B1.1 has not (more than minimal planning went with Amendment 617, 2001): exit
    2 naming the field."""
    error = calc_refused(capsys, _case(tmp_path, "2025", "more_than_minimal_planning = true"))
    assert "more_than_minimal_planning" in error


# -- the commentary's "do not apply" rules (found in this audit: ussg applied both) ----------

@pytest.mark.parametrize("manual,paragraph,facts,months", [
    ("2025", "(b)(20)", "securities_law_violation_by_officer_broker_or_adviser = true", 60),
    ("2016", "(b)(19)", "securities_law_violation_by_officer_broker_or_adviser = true", 60),
    ("2025", "(b)(8)", "conduct_described_in_670 = true\nmedical_product_supply_chain_agent = true",
     60),
    ("2016", "(b)(8)", "conduct_described_in_670 = true\nmedical_product_supply_chain_agent = true",
     60),
    ("2025", "(b)(13)", "convicted_under_408_1011_or_1383a_ten_year_maximum = true", 120),
])
def test_paragraphs_that_exclude_abuse_of_trust(tmp_path: Path, capsys, manual: str,
                                                paragraph: str, facts: str, months: int) -> None:
    """2025 comment. (n.7) "If subsection (b)(8)(B) applies, do not apply an adjustment under
    §3B1.3" (lines 703-704), (n.11) "If subsection (b)(13) applies, do not apply §3B1.3" (lines
    871-872), (n.16(C)) "If subsection (b)(20) applies, do not apply §3B1.3" (lines 1026-1027);
    2016 (n.7) line 313, (n.16(C)) "(b)(19)" line 463: with abuse_of_trust, exit 2 naming it."""
    path = _case(tmp_path, manual, facts + "\n[adjustments.role]\nabuse_of_trust = true",
                 months=months)
    error = calc_refused(capsys, path)
    assert "adjustments.role.abuse_of_trust" in error and f"§2B1.1{paragraph}" in error


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_b8a_alone_leaves_abuse_of_trust(tmp_path: Path, capsys, manual: str) -> None:
    """The note names (b)(8)(B) only: (b)(8)(A) +2 = 8 and §3B1.3 +2 = 10."""
    path = _case(tmp_path, manual, "conduct_described_in_670 = true\n"
                 "[adjustments.role]\nabuse_of_trust = true")
    assert calc_json(capsys, path)["total_offense_level"] == 10


@pytest.mark.parametrize("manual", ["2025", "2016"])
@pytest.mark.parametrize("facts,refused", [
    ("victims = 5\nhardship_victims = 5", True),     # (b)(2)(B)
    ("victims = 25\nhardship_victims = 25", True),   # (b)(2)(C)
    ("victims = 10", False),                         # (b)(2)(A) only
])
def test_b2_b_or_c_excludes_a_large_number_of_vulnerable_victims(tmp_path: Path, capsys,
                                                                 manual: str, facts: str,
                                                                 refused: bool) -> None:
    """comment. (n.4(D)) "If subsection (b)(2)(B) or (C) applies, an enhancement under
    §3A1.1(b)(2) shall not apply" (2025 lines 659-660; 2016 line 283); (A) leaves it."""
    path = _case(tmp_path, manual, facts + "\n[adjustments.victim]\nvulnerable_victim = true\n"
                 "large_number_of_vulnerable_victims = true")
    if refused:
        assert "adjustments.victim.large_number_of_vulnerable_victims" in calc_refused(capsys,
                                                                                   path)
    else:  # 6 + 2 ((b)(2)(A)) + 2 (§3A1.1(b)(1)) + 2 (§3A1.1(b)(2))
        assert calc_json(capsys, path)["total_offense_level"] == 12
