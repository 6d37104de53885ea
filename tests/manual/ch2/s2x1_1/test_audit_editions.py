"""Audit of §2X1.1 (Attempt, Solicitation, or Conspiracy) before the 2016 Manual: the
amendments of its historical note that change a level ussg computes, the day before and the day
of their effective date (the Manual in force on the sentencing date). The object offense is
computed through the registry under the same Manual.

Sources (/work/shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
  A238 lines 4469-4483 (Nov. 1, 1989): "or solicitation" struck from (b)(1); (b)(3)(A) the
       solicitation's own 3-level decrease
  A239 lines 4491-4535 (Nov. 1, 1989): (c)(1) "When an attempt, solicitation, or conspiracy is
       expressly covered by another offense guideline section, apply that guideline section";
       comment. (n.1) lists §2C1.1 among the guidelines that cover solicitations (4530)
  A311 lines 6378-6386 (Nov. 1, 1990): conspiracies and solicitations to murder covered by
       §2A1.5, no longer by §2A2.1
  A110 lines 1859-1895 (Nov. 1, 1989): §2B3.1(a) "18" -> "20" (the object offense)
"""

from __future__ import annotations

from tests.manual.ch2.sentenced_on import level_on, steps_on

G, KEY = "2X1.1", "inchoate"


def test_attempted_robbery_across_nov_1_1989(capsys, tmp_path):
    """(b)(1) -3 both days, from §2B3.1's 18 (A110 struck) and 20 (A110 inserted)."""
    facts = 'kind = "attempt"\nsubstantive_guideline = "2B3.1"\n[offense.robbery]\n'
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-10-31")[-2:] == [
        ("§2X1.1(a)", 18), ("§2X1.1(b)(1)", 15)]
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-11-01")[-2:] == [
        ("§2X1.1(a)", 20), ("§2X1.1(b)(1)", 17)]


def test_amendment_238_solicitation_decrease_nov_1_1989(capsys, tmp_path):
    """Lines 4469-4470: the day before, a solicitation is decreased under (b)(1) "If an attempt
    or solicitation"; lines 4476-4480: the day of, under (b)(3)(A). -3 both days."""
    facts = 'kind = "solicitation"\nsubstantive_guideline = "2B3.1"\n[offense.robbery]\n'
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-10-31")[-1] == ("§2X1.1(b)(1)", 15)
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-11-01")[-1] == (
        "§2X1.1(b)(3)(A)", 17)


def test_amendment_239_solicitation_of_a_bribe_nov_1_1989(capsys, tmp_path):
    """The day before, §2C1.1 is not named by comment. (n.1) (lines 4500-4504 as A239 deletes
    it): a solicitation of a bribe is decreased (10 - 3 = 7). The day of, (c)(1) (lines
    4493-4496) and the note's list (line 4530): §2C1.1 applies, 10."""
    facts = 'kind = "solicitation"\nsubstantive_guideline = "2C1.1"\n[offense.bribery]\n'
    assert level_on(capsys, tmp_path, G, KEY, facts, "1989-10-31", category="VI") == 7
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1989-11-01")[-1] == ("§2X1.1(c)(1)", 10)


def test_amendment_311_conspiracy_to_murder_nov_1_1990(capsys, tmp_path):
    """Lines 6380-6384: the day before, §2A2.1 covers a conspiracy (its level, 20, by (c)(1));
    the day of, conspiracies are covered by §2A1.5 and a conspiracy whose object is §2A2.1's
    offense takes (b)(2)'s decrease: 22 - 3 = 19."""
    facts = 'kind = "conspiracy"\nsubstantive_guideline = "2A2.1"\n[offense.attempted_murder]\n'
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1990-10-31")[-1] == ("§2X1.1(c)(1)", 20)
    assert steps_on(capsys, tmp_path, G, KEY, facts, "1990-11-01")[-2:] == [
        ("§2X1.1(a)", 22), ("§2X1.1(b)(2)", 19)]
