"""§2X1.1, second reading (audit of Dec. 2026) against the 2025 and 2016 Manuals, through the
real command line: the lists of comment. (n.1) (a guideline that covers an attempt need not
cover a conspiracy), the exceptions to (b), and (d)(1).

Sources (under /work/shared/reference/ussg/):
  S2025 = manual_2025/GLM2025_fulltext.txt lines 17924-18030 ((b)(1)-(3) 17932-17955; (c)(1)
          17959-17960; (d)(1) 17967-17988; comment. (n.1) lists 18000-18030: attempts
          "§§2A2.1, 2A3.1, ..."; conspiracies "§2A1.5; §§2D1.1, ...; §2H1.1; §2M6.1; §2T1.9";
          solicitations "§2A1.5; §§2C1.1, 2C1.2; §2E5.1")
  S2016 = manual_2016/GLM2016_fulltext.txt lines 9619-9711 (the same)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, case_file

MANUALS = ["2016", "2025"]


def _result(capsys, tmp_path: Path, facts: str, manual: str, more: str) -> dict:
    return calc_json(capsys, case_file(tmp_path, "2X1.1", "inchoate", facts, manual, more))


def _sections(result: dict) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


ABUSE = '[offense.criminal_sexual_abuse]\nabducted = true\n'  # §2A3.1: 30 + 4 = 34


@pytest.mark.parametrize("manual", MANUALS)
def test_attempted_sexual_abuse_is_covered_by_2a3_1(capsys, tmp_path, manual):
    # §2A3.1 is on the attempts list: (c)(1) applies it, no 3-level decrease: 34
    result = _result(capsys, tmp_path, 'kind = "attempt"\nsubstantive_guideline = "2A3.1"',
                     manual, ABUSE)
    assert result["total_offense_level"] == 34
    assert _sections(result)[-1] == ("§2X1.1(c)(1)", 34)


@pytest.mark.parametrize("manual", MANUALS)
def test_conspiracy_to_commit_sexual_abuse_is_not_covered(capsys, tmp_path, manual):
    # §2A3.1 is not on the conspiracies list: §2X1.1(a) 34, (b)(2) -3: 31
    result = _result(capsys, tmp_path, 'kind = "conspiracy"\nsubstantive_guideline = "2A3.1"',
                     manual, ABUSE)
    assert _sections(result)[-2:] == [("§2X1.1(a)", 34), ("§2X1.1(b)(2)", 31)]


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("kind,covered", [("solicitation", True), ("attempt", True),
                                          ("conspiracy", False)])
def test_bribery_lists(capsys, tmp_path, manual, kind, covered):
    # §2C1.1 is on the attempts and solicitations lists, not the conspiracies: 12 + 2 = 14
    result = _result(capsys, tmp_path, f'kind = "{kind}"\nsubstantive_guideline = "2C1.1"',
                     manual, "[offense.bribery]\nmore_than_one_bribe = true\n")
    assert result["total_offense_level"] == (14 if covered else 11)


@pytest.mark.parametrize("manual", MANUALS)
@pytest.mark.parametrize("facts", ["all_acts_completed = true",
                                   "special_instruction_offense = true"])
def test_no_decrease(capsys, tmp_path, manual, facts):
    # (b)(1) "unless the defendant completed all the acts ..."; (d)(1) "Subsection (b) shall
    # not apply to": an attempted extortion (§2B3.2, not on any list): 18 + 2 = 20, kept
    result = _result(capsys, tmp_path, f'kind = "attempt"\nsubstantive_guideline = "2B3.2"\n'
                     f'{facts}', manual,
                     "[offense.extortion]\nthreat_of_death_injury_or_kidnapping = true\n")
    assert result["total_offense_level"] == 20


@pytest.mark.parametrize("manual", MANUALS)
def test_solicitation_treated_identically(capsys, tmp_path, manual):
    # (b)(3)(B): "the offense level for solicitation is the same as that for the substantive
    # offense": 20; without it (b)(3)(A) -3: 17
    more = "[offense.extortion]\nthreat_of_death_injury_or_kidnapping = true\n"
    facts = 'kind = "solicitation"\nsubstantive_guideline = "2B3.2"'
    assert _result(capsys, tmp_path, facts + "\nsolicitation_treated_identically = true",
                   manual, more)["total_offense_level"] == 20
    assert _result(capsys, tmp_path, facts, manual, more)["total_offense_level"] == 17
