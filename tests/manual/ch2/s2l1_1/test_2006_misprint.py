"""§2L1.1, Nov. 1, 2006 - Oct. 31, 2007: Amendment 692 redesignated (a)(1)-(2) as (a)(2)-(3)
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_III.txt lines 7194-7197) but left
(b)(1)(B) reading "the base offense level is determined under subsection (a)(2)" (the words of
Amendments 543 and 561, APPENDIX_C_Vol_I.txt lines 19275-19278, 20300-20303), now the level 23;
Amendment 702 (Vol. III lines 8735-8748, eff. Nov. 1, 2007) struck "(a)(2)" and inserted
"(a)(3)" as a typographical error. ussg applies the words as printed and warns (the rule of
§2B3.2(b)(2) of 1997-1998). Through the real CLI and tables/alien_smuggling.toml.
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.immigration_cli import calc, chapter_two, refused
from tests.manual.ch2.s2l1_1.test_alien_smuggling import case_file

AGGRAVATED = 'convicted_1327 = "alien_deported_after_aggravated_felony"\n'
SECURITY = 'convicted_1327 = "alien_inadmissible_1182a3"\n'


def run(capsys, path, manual=None):
    result = calc(capsys, path, *(("--manual", manual) if manual else ()))
    steps = [s for s in result["steps"] if s["section"] == "§2L1.1(b)(1)"]
    misprint = [w for w in result["warnings"] if "§2L1.1(b)(1)" in w]
    return chapter_two(result, "§2L1.1"), steps, misprint


@pytest.mark.parametrize("manual", ["2006-11-01", "2007-05-01"])
def test_under_a2_the_decrease_applies_as_printed(tmp_path, capsys, manual):
    """(a)(2) 23 (Vol. III lines 7194-7197 redesignate 543's 23); (b)(1) "(B) ... under
    subsection (a)(2), decrease by 3 levels" as printed: 23 - 3 = 20, with the warning."""
    path = case_file(tmp_path, AGGRAVATED + "other_than_for_profit = true")
    levels, _, misprint = run(capsys, path, manual)
    assert levels == [("§2L1.1(a)(2)", None, 23), ("§2L1.1(b)(1)", -3, 20)]
    assert len(misprint) == 1
    assert "subsection (a)(2)”" in misprint[0] and "Amendment 702" in misprint[0]
    assert "applies the decrease as printed" in misprint[0]
    assert "check by hand" in misprint[0] and "retroactive" in misprint[0]


@pytest.mark.parametrize("manual", ["2006-11-01", "2007-05-01"])
def test_under_a3_the_decrease_is_not_applied(tmp_path, capsys, manual):
    """(a)(3) 12 "otherwise": as printed (b)(1) does not reach it; shown "not applied" with the
    reason, and the warning that a court may have read (a)(3)."""
    path = case_file(tmp_path, "other_than_for_profit = true\naliens = 6")
    levels, steps, misprint = run(capsys, path, manual)
    # (b)(2)(A) 6-24 add 3 (543's table, untouched by 692)
    assert levels == [("§2L1.1(a)(3)", None, 12), ("§2L1.1(b)(2)(A)", 3, 15)]
    assert steps[0]["delta"] is None and "not applied" in steps[0]["change"]
    assert "subsection (a)(2)”" in steps[0]["reason"] and "warning" in steps[0]["reason"]
    assert len(misprint) == 1 and "does not apply the decrease" in misprint[0]
    assert "may have read (a)(3) and applied it (-3)" in misprint[0]


def test_sentenced_on_the_last_day(tmp_path, capsys):
    """Sentenced Oct. 31, 2007 (no --manual; the Manual in force that day, the edition of May 1,
    2007): still "(a)(2)" as printed."""
    path = case_file(tmp_path, AGGRAVATED + "other_than_for_profit = true")
    path.write_text(path.read_text().replace("sentencing_date = 2025-12-15",
                                             "sentencing_date = 2007-10-31")
                    .replace("offense_date = 2024-08-01", "offense_date = 2007-01-10"))
    levels, _, misprint = run(capsys, path)
    assert levels == [("§2L1.1(a)(2)", None, 23), ("§2L1.1(b)(1)", -3, 20)]
    assert len(misprint) == 1 and "(in force on May 1, 2007)" in misprint[0]


def test_under_a1_no_reading_gives_the_decrease(tmp_path, capsys):
    """(a)(1) 25 (Amendment 692, Vol. III lines 7195-7197): neither (a)(2) nor (a)(3), so no
    warning is needed."""
    path = case_file(tmp_path, SECURITY + "other_than_for_profit = true")
    levels, steps, misprint = run(capsys, path, "2006-11-01")
    assert levels == [("§2L1.1(a)(1)", None, 25)]
    assert "not applied" in steps[0]["change"] and misprint == []


def test_no_warning_without_the_fact(tmp_path, capsys):
    path = case_file(tmp_path, AGGRAVATED.strip())
    levels, steps, misprint = run(capsys, path, "2006-11-01")
    assert levels == [("§2L1.1(a)(2)", None, 23)] and steps == [] and misprint == []


@pytest.mark.parametrize("facts,expected", [
    # the day before (edition in force Oct. 31, 2006: Amendments 543/561, Vol. I lines
    # 19268-19316): (a)(1) 23, (b)(1) only under (a)(2) = 12; death (b)(6)(4) +8
    (AGGRAVATED + "other_than_for_profit = true", [("§2L1.1(a)(1)", None, 23)]),
    ("other_than_for_profit = true", [("§2L1.1(a)(2)", None, 12), ("§2L1.1(b)(1)", -3, 9)]),
    ('injury = "death"', [("§2L1.1(a)(2)", None, 12), ("§2L1.1(b)(6)(4)", 8, 20)]),
])
def test_the_day_before(tmp_path, capsys, facts, expected):
    """Sentenced Oct. 31, 2006 (the Manual in force: the edition of Sept. 12, 2006)."""
    path = case_file(tmp_path, facts)
    path.write_text(path.read_text().replace("sentencing_date = 2025-12-15",
                                             "sentencing_date = 2006-10-31")
                    .replace("offense_date = 2024-08-01", "offense_date = 2006-01-10"))
    levels, _, misprint = run(capsys, path, "2006-09-12")
    assert levels == expected and misprint == []


@pytest.mark.parametrize("facts,expected", [
    # the day of Amendment 702 (Nov. 1, 2007; Vol. III line 8735): (b)(1) under (a)(3)
    (AGGRAVATED + "other_than_for_profit = true", [("§2L1.1(a)(2)", None, 23)]),
    ("other_than_for_profit = true", [("§2L1.1(a)(3)", None, 12), ("§2L1.1(b)(1)", -3, 9)]),
])
def test_the_day_of_702(tmp_path, capsys, facts, expected):
    levels, _, misprint = run(capsys, case_file(tmp_path, facts), "2007-11-01")
    assert levels == expected and misprint == []


def test_2006_provisions_during_the_year(tmp_path, capsys):
    """Amendment 692's other provisions in force the same year: (b)(4) unaccompanied minor +2
    (Vol. III lines 7201-7202), (b)(7)(D) death +10 (lines 7203-7205), (b)(8) +2 and level 18
    (lines 7209-7213), Amendment 686's (b)(9) +2 (lines 6643-6646); (c)(1) the homicide level
    if greater (lines 7214-7218): 12 + 2 + 10 + 2 + 2 = 28, homicide 30 greater."""
    path = case_file(tmp_path, 'unaccompanied_minor = true\ninjury = "death"\n'
                     "involuntarily_detained = true\nconvicted_1324a4 = true\n"
                     "homicide_offense_level = 30")
    levels, _, _ = run(capsys, path, "2007-05-01")
    assert levels == [("§2L1.1(a)(3)", None, 12), ("§2L1.1(b)(4)", 2, 14),
                      ("§2L1.1(b)(7)(D)", 10, 24), ("§2L1.1(b)(8)", 2, 26),
                      ("§2L1.1(b)(9)", 2, 28), ("§2L1.1(c)(1)", 2, 30)]


def test_harboring_for_prostitution_still_refused(tmp_path, capsys):
    """(b)(8)(B) came with Amendment 730 (Nov. 1, 2009): an error naming the field in 2006."""
    path = case_file(tmp_path, 'harboring_for_prostitution = "adult"')
    assert "offense.smuggling.harboring_for_prostitution" in refused(capsys, path, "--manual",
                                                                       "2006-11-01")
