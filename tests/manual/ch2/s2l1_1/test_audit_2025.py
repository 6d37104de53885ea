"""An independent second reading of §2L1.1 against the 2025 and 2016 Manuals (task auditch2).
Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 14455-14557 ((a)-(c) 14457-14557)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 7799-7865
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.immigration_cli import calc, chapter_two, refused, write_case


def case_file(tmp_path: Path, facts: str, name: str = "audit") -> Path:
    return write_case(tmp_path, "2L1.1", "smuggling", "8 U.S.C. § 1324(a)(1)(A)(ii)", facts,
                      name)


def levels(capsys, path: Path, *args: str) -> list[tuple[str, int | None, int]]:
    return chapter_two(calc(capsys, path, *args), "§2L1.1")


PRIOR = """
[[criminal_history.priors]]
kind = "felony"
offense_date = {d}
sentence_date = {d}
imprisonment = "10 months"
release_date = {d}
"""


def _with_prior(tmp_path: Path, sentenced: str) -> Path:
    """Harboring from Jan. 1, 2023 to Aug. 1, 2024 (offense_date, the day it ended), after one
    felony immigration conviction sentenced on ``sentenced``."""
    path = case_file(tmp_path, 'immigration_felony_priors = ["1"]')
    text = path.read_text().replace(
        'category = "I"', "instant_offense_began = 2023-01-01\nbirth_date = 1980-01-01")
    path.write_text(text + PRIOR.format(d=sentenced))
    return path


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_conviction_sustained_during_a_continuing_offense_counts(tmp_path, capsys, manual):
    """(b)(3) "If the defendant committed any part of the instant offense after sustaining (A)
    a conviction for a felony immigration and naturalization offense, increase by 2 levels"
    (S2025 lines 14480-14483; S2016 line 7823): harboring from Jan. 1, 2023 to Aug. 1, 2024,
    a conviction sustained June 1, 2023: the part of the offense after it counts, 12 + 2.
    Before this audit ussg refused the case ("not sustained before the instant offense
    began")."""
    assert levels(capsys, _with_prior(tmp_path, "2023-06-01"), "--manual", manual)[1:] == [
        ("§2L1.1(b)(3)(A)", 2, 14)]


def test_conviction_on_the_last_day_of_the_offense_does_not(tmp_path, capsys):
    """No part of the offense came after a conviction sustained the day it ended (Aug. 1,
    2024): refused, naming the field."""
    error = refused(capsys, _with_prior(tmp_path, "2024-08-01"))
    assert "offense.smuggling.immigration_felony_priors[0]" in error


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_spouse_or_child_only_decrease_needs_a3(tmp_path, capsys, manual):
    """(b)(1) "(B) the base offense level is determined under subsection (a)(3)" (S2025 lines
    14468-14472; S2016 line 7811): (a)(3) 12 - 3 = 9; with a § 1327 conviction ((a)(2) 23) not
    applied."""
    assert levels(capsys, case_file(tmp_path, "other_than_for_profit = true"),
                  "--manual", manual) == [("§2L1.1(a)(3)", None, 12), ("§2L1.1(b)(1)", -3, 9)]
    path = case_file(tmp_path, 'other_than_for_profit = true\n'
                     'convicted_1327 = "alien_deported_after_aggravated_felony"', name="a2")
    assert levels(capsys, path, "--manual", manual) == [("§2L1.1(a)(2)", None, 23)]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_floors_after_a_decrease(tmp_path, capsys, manual):
    """Not for profit (-3 = 9), 6 aliens (b)(2)(A) +3 = 12, unaccompanied minor (b)(4) +4 =
    16, a dangerous weapon possessed (b)(5)(C) +2 = 18 ("if the resulting offense level is
    less than level 18": not), substantial risk (b)(6) +2 = 20, bodily injury (b)(7)(A) +2 =
    22, involuntary detention (b)(8)(A) +2 = 24, § 1324(a)(4) (b)(9) +2 = 26 (S2025 lines
    14468-14540; S2016 lines 7811-7850)."""
    path = case_file(tmp_path, "other_than_for_profit = true\naliens = 6\n"
                     "unaccompanied_minor = true\nweapon = \"possessed\"\n"
                     "substantial_risk = true\ninjury = \"bodily_injury\"\n"
                     "involuntarily_detained = true\nconvicted_1324a4 = true")
    assert [lv for _, _, lv in levels(capsys, path, "--manual", manual)] == [
        12, 9, 12, 16, 18, 20, 22, 24, 26]


@pytest.mark.parametrize("manual", ["2025", "2016"])
@pytest.mark.parametrize("aliens,add", [(5, 0), (6, 3), (24, 3), (25, 6), (99, 6), (100, 9)])
def test_number_of_aliens_rows(tmp_path, capsys, manual, aliens, add):
    """(b)(2) "(A) 6-24 add 3 (B) 25-99 add 6 (C) 100 or more add 9" (S2025 lines 14474-14478;
    S2016 lines 7815-7820)."""
    result = levels(capsys, case_file(tmp_path, f"aliens = {aliens}"), "--manual", manual)
    assert result[-1][2] == 12 + add


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_death_adds_10_and_the_homicide_cross_reference_only_if_greater(tmp_path, capsys,
                                                                         manual):
    """(b)(7)(D) Death add 10 (S2025 line 14525): 12 + 10 = 22; (c)(1) "apply the appropriate
    homicide guideline ..., if the resulting offense level is greater": 22 not, 23 yes."""
    path = case_file(tmp_path, 'injury = "death"\nhomicide_offense_level = 22')
    assert calc(capsys, path, "--manual", manual)["total_offense_level"] == 22
    path = case_file(tmp_path, 'injury = "death"\nhomicide_offense_level = 23', name="c")
    assert calc(capsys, path, "--manual", manual)["total_offense_level"] == 23


@pytest.mark.parametrize("manual", ["2025", "2016", "2008"])
def test_involuntary_detention_and_restraint_are_refused(tmp_path, capsys, manual):
    """comment. (n.5) "If an enhancement under subsection (b)(8)(A) applies, do not apply
    §3A1.3 (Restraint of Victim)" (S2025 lines 14623-14624; S2016 line 7899; added as note 6,
    "(b)(8)", by Amendment 692, APPENDIX_C_Vol_III.txt lines 7255-7258). Before this audit ussg
    applied both (+2 to 18, then +2)."""
    path = case_file(tmp_path, "involuntarily_detained = true")
    path.write_text(path.read_text().replace("[criminal_history]",
                                             "[adjustments.victim]\nrestrained = true\n\n"
                                             "[criminal_history]"))
    error = refused(capsys, path, "--manual", manual)
    assert "adjustments.victim.restrained" in error and "§3A1.3" in error


def test_restraint_with_the_greater_prostitution_clause_is_not_refused(tmp_path, capsys):
    """(b)(8) "(Apply the greater)": where (B) (a minor, +6, with a §3B1.1 adjustment) is the
    greater, (A) does not apply, and comment. (n.5) does not reach §3A1.3: 6 aliens 12 + 3 =
    15; (A) would give 18 (its floor), (B) 15 + 6 = 21; then §3A1.3 applies."""
    path = case_file(tmp_path, 'aliens = 6\ninvoluntarily_detained = true\n'
                     'harboring_for_prostitution = "minor"')
    path.write_text(path.read_text().replace(
        "[criminal_history]", "[adjustments.victim]\nrestrained = true\n\n[adjustments.role]\n"
        'aggravating = "manager_or_supervisor"\nparticipants = 5\n\n[criminal_history]'))
    result = calc(capsys, path)
    assert chapter_two(result, "§2L1.1")[-1] == ("§2L1.1(b)(8)(B)", 6, 21)
    assert any(s["section"] == "§3A1.3" for s in result["steps"])
