"""§2L1.1(b)(8)'s label, Nov. 1, 2006 - Oct. 31, 2009 and after. Amendment 692 added "(8) If an
alien was involuntarily detained through coercion or threat, or in connection with a demand for
payment, (A) after the alien was smuggled into the United States; or (B) while the alien was
transported or harbored in the United States, increase by 2 levels. If the resulting offense
level is less than level 18, increase to level 18."
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_III.txt lines 7208-7213): its clauses
(A)/(B) are when the alien was detained, and the one fact `involuntarily_detained` covers both,
so the step cites "(b)(8)". Amendment 730 (lines 13320-13340, eff. Nov. 1, 2009) made the
detention "(8) (Apply the greater): (A) ... (i) after ...; or (ii) while ..." and harboring for
prostitution (B): the step cites "(b)(8)(A)". Through the real CLI and tables/alien_smuggling.toml.
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.immigration_cli import calc, chapter_two, refused
from tests.manual.ch2.s2l1_1.test_alien_smuggling import case_file


def detention_steps(result):
    return [(s["section"], s["title"]) for s in result["steps"]
            if s["section"].startswith("§2L1.1(b)(8)")]


@pytest.mark.parametrize("manual, section", [
    ("2006-11-01", "§2L1.1(b)(8)"),     # the day of Amendment 692 (Vol. III lines 7208-7213)
    ("2008-11-01", "§2L1.1(b)(8)"),     # the last edition before Amendment 730
    ("2009-11-01", "§2L1.1(b)(8)(A)"),  # the day of Amendment 730 (lines 13320-13340)
    ("2016-11-01", "§2L1.1(b)(8)(A)"),  # 2016 Manual, GLM2016_fulltext.txt line 7857
])
def test_the_detention_step_cites_the_editions_paragraph(tmp_path, capsys, manual, section):
    """12 (a)(3), detention +2 = 14, raised to level 18 by the floor (lines 7211-7213)."""
    result = calc(capsys, case_file(tmp_path, "involuntarily_detained = true"),
                  "--manual", manual)
    assert chapter_two(result, "§2L1.1") == [("§2L1.1(a)(3)", None, 12), (section, 2, 14),
                                             (section, 4, 18)]
    assert set(detention_steps(result)) == {(section, "Involuntary detention")}


def test_the_day_before_692_refuses_the_detention(tmp_path, capsys):
    """Sept. 12, 2006 (the last change before Nov. 1, 2006): (b)(8) did not exist (Amendment
    692, effective Nov. 1, 2006, Vol. III line 7194): an error naming the field."""
    message = refused(capsys, case_file(tmp_path, "involuntarily_detained = true"),
                      "--manual", "2006-09-12")
    assert "offense.smuggling.involuntarily_detained" in message


@pytest.mark.parametrize("manual, paragraph", [("2008-11-01", "(b)(8)"),
                                               ("2009-11-01", "(b)(8)(A)")])
def test_restraint_refusal_quotes_the_editions_paragraph(tmp_path, capsys, manual, paragraph):
    """comment. (n.5) "If an enhancement under subsection (b)(8) applies, do not apply §3A1.3"
    (Amendment 692, Vol. III lines 7255-7258); "(b)(8)(A)" from Amendment 730 (line 13341:
    "inserting "(A)" after "(b)(8)")."""
    path = case_file(tmp_path, "involuntarily_detained = true")
    path.write_text(path.read_text().replace("[criminal_history]",
                                             "[adjustments.victim]\nrestrained = true\n\n"
                                             "[criminal_history]"))
    message = refused(capsys, path, "--manual", manual)
    assert f"subsection {paragraph} applies" in message
