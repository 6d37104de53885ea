"""§2J1.6 (Failure to Appear by Defendant), every edition from Nov. 1, 1987, each level worked
by hand from the Manual's text:
- 2016 Manual lines 7181-7227 and 2025 Manual lines 13017-13120
  (../shared/reference/ussg/manual_20xx/GLM20xx_fulltext.txt): the text since Nov. 1, 1990;
- Appendix C (../shared/reference/ussg/appendix_c_2016/): Amendment 329 (Vol. I lines
  6949-6985: the 1987 (a)-(b) it deleted and the 1990 text it inserted), 403 (lines
  10718-10721: Note 3 renumbered Note 2), 758 (Vol. III lines 17294-17296), 777 (Supplement
  lines 2117-2119: Note 2 names §3C1.1).
The edges are computed in-process through the engine; the worked cases run the real CLI.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines import CaseFileError, calculate, parse_case
from ussg.guidelines.engine.tables import load_table

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file

G, KEY = "2J1.6", "failure_to_appear"


def _text(manual: str, facts: str, more: str = "", category: str = "VI") -> str:
    # category VI: the 1987 Sentencing Table's zero-minimum cells of the lower categories
    # are refused by ussg (Amendment 270); the offense level does not depend on it
    return (f'manual = "{manual}"\n[offense]\nguideline = "{G}"\n[offense.{KEY}]\n{facts}\n'
            f'{more}[criminal_history]\ncategory = "{category}"\n')


def _steps(manual: str, facts: str, more: str = "") -> list[tuple[str, str, int]]:
    computation = calculate(parse_case(_text(manual, facts, more)))
    return [(s.section, s.change, s.level) for s in computation.steps
            if s.chapter == "chapter_two"]


def _refused(manual: str, facts: str, more: str = "") -> str:
    with pytest.raises(CaseFileError) as error:
        calculate(parse_case(_text(manual, facts, more)))
    return str(error.value)


def _maximum(stated: str) -> str:
    return f'underlying_statutory_maximum = "{stated}"'


# The increases by the underlying offense's maximum, every edge of every version ----------

# 1987 (Amendment 329 quotes them deleted, Vol. I lines 6952-6958): "(b)(1) ... punishable by
# death or imprisonment for a term of fifteen years or more, increase by 9 levels. (2) ...
# five or more years, but less than fifteen years, increase by 6 levels. (3) ... a felony
# punishable by a maximum term of less than five years, increase by 3 levels."
EDGES_1987 = [("death", "(b)(1)", 9), ("life", "(b)(1)", 9), ("15 years", "(b)(1)", 9),
              ("179 months", "(b)(2)", 6), ("5 years", "(b)(2)", 6),
              ("59 months", "(b)(3)", 3), ("1 year 1 day", "(b)(3)", 3),
              ("1 year", None, 0), ("6 months", None, 0)]
# From Nov. 1, 1990 (Amendment 329, Vol. I lines 6978-6985; 2016 lines 7199-7205; 2025 lines
# 13047-13056): (b)(2)(A) 15 years or more or death +9, (B) five years or more +6, (C) a felony
# of less than five years +3
EDGES_1990 = [(stated, paragraph and {"(b)(1)": "(b)(2)(A)", "(b)(2)": "(b)(2)(B)",
                                      "(b)(3)": "(b)(2)(C)"}[paragraph], levels)
              for stated, paragraph, levels in EDGES_1987]


@pytest.mark.parametrize("stated, paragraph, levels", EDGES_1987)
def test_underlying_maximum_1987(stated, paragraph, levels):
    steps = _steps("1987", _maximum(stated))
    assert steps[0] == ("§2J1.6(a)", "= 6", 6)  # "Base Offense Level: 6" (line 6952)
    if paragraph is None:  # one year or less: not a felony (18 U.S.C. § 3559(a))
        assert steps[1:] == [("§2J1.6(b)(3)", "no increase", 6)]
    else:
        assert steps[1:] == [(f"§2J1.6{paragraph}", f"+{levels}", 6 + levels)]


@pytest.mark.parametrize("manual", ["1990", "1991", "2006", "2011", "2016", "2025"])
@pytest.mark.parametrize("stated, paragraph, levels", EDGES_1990)
def test_underlying_maximum_from_1990(manual, stated, paragraph, levels):
    steps = _steps(manual, _maximum(stated))
    assert steps[0] == ("§2J1.6(a)(2)", "= 6", 6)  # "(2) 6, otherwise." (2025 line 13023)
    if paragraph is None:
        assert steps[1:] == [("§2J1.6(b)(2)(C)", "no increase", 6)]
    else:
        assert steps[1:] == [(f"§2J1.6{paragraph}", f"+{levels}", 6 + levels)]


def test_a_maximum_whose_order_depends_on_the_months_is_refused():
    # "365 days" may be less or more than one year of months: never guessed
    assert "underlying_statutory_maximum: whether 365 days is longer than 1 year" in \
        _refused("2025", _maximum("365 days"))
    assert _steps("2025", _maximum("400 days"))[-1] == ("§2J1.6(b)(2)(C)", "+3", 9)


@pytest.mark.parametrize("stated", ["1.5 years", "twenty years", "0 months", "", "dead"])
def test_a_maximum_that_is_not_a_term_is_refused(stated):
    assert "underlying_statutory_maximum" in _refused("2025", _maximum(stated))


@pytest.mark.parametrize("manual", ["1987", "2025"])
def test_the_maximum_is_required_where_read(manual):
    assert ("offense.failure_to_appear.underlying_statutory_maximum: §2J1.6 in the Guidelines "
            "Manual in force on") in _refused(manual, "")


# (a) and (b)(1) ---------------------------------------------------------------------------

def test_failure_to_report_refused_before_amendment_329():
    # 1987: a single level ("Base Offense Level: 6", Vol. I line 6952)
    message = _refused("1987", "failure_to_report_for_service_of_sentence = true\n"
                               + _maximum("10 years"))
    assert "offense.failure_to_appear.failure_to_report_for_service_of_sentence: §2J1.6(a) " \
           "in the Guidelines Manual in force on" in message
    assert "added by Amendment 329 (Nov. 1, 1990)" in message


@pytest.mark.parametrize("fact", ["surrendered_within_96_hours",
                                  "ordered_to_community_corrections", "offense_while_away"])
def test_surrender_facts_refused_before_amendment_329(fact):
    message = _refused("1987", f"{fact} = true\n" + _maximum("10 years"))
    assert f"offense.failure_to_appear.{fact}: §2J1.6(b)(1)'s decreases" in message
    assert "were added by Amendment 329 (Nov. 1, 1990)" in message


REPORT = "failure_to_report_for_service_of_sentence = true\n"


@pytest.mark.parametrize("manual", ["1990", "2016", "2025"])
@pytest.mark.parametrize("facts, steps", [
    # (a)(1) 11 (Vol. I line 6960; 2025 line 13021); (b)(1)(A) -5, (B) -2 (lines 6964-6969)
    ("", [("§2J1.6(a)(1)", "= 11", 11)]),
    ("surrendered_within_96_hours = true", [("§2J1.6(a)(1)", "= 11", 11),
                                            ("§2J1.6(b)(1)(A)", "-5", 6)]),
    ("ordered_to_community_corrections = true", [("§2J1.6(a)(1)", "= 11", 11),
                                                 ("§2J1.6(b)(1)(B)", "-2", 9)]),
    # (B) only "and subdivision (A) above does not apply"
    ("surrendered_within_96_hours = true\nordered_to_community_corrections = true",
     [("§2J1.6(a)(1)", "= 11", 11), ("§2J1.6(b)(1)(A)", "-5", 6)]),
    # the proviso (lines 6970-6972): "this reduction shall not apply if ..."
    ("surrendered_within_96_hours = true\noffense_while_away = true",
     [("§2J1.6(a)(1)", "= 11", 11), ("§2J1.6(b)(1)(A)", "not applied", 11)]),
    ("ordered_to_community_corrections = true\noffense_while_away = true",
     [("§2J1.6(a)(1)", "= 11", 11), ("§2J1.6(b)(1)(B)", "not applied", 11)]),
    # (b)(2) only "If the base offense level is determined under subsection (a)(2)"
    (_maximum("life"), [("§2J1.6(a)(1)", "= 11", 11), ("§2J1.6(b)(2)", "not applied", 11)]),
])
def test_failure_to_report_for_service_of_sentence(manual, facts, steps):
    assert _steps(manual, REPORT + facts) == steps


def test_surrender_not_applied_under_a2():
    # (b)(1) only "If the base offense level is determined under subsection (a)(1)"
    assert _steps("2025", "surrendered_within_96_hours = true\n" + _maximum("2 years")) == [
        ("§2J1.6(a)(2)", "= 6", 6), ("§2J1.6(b)(1)(A)", "not applied", 6),
        ("§2J1.6(b)(2)(C)", "+3", 9)]


# The note on Chapter Three, Part C / §3C1.1 -------------------------------------------------

OBSTRUCTED = "[adjustments.obstruction]\nobstructed_justice = true\n"


@pytest.mark.parametrize("manual, note, words", [
    # 1987-1991 Note 3, derived (403 renumbered it; 758, 777 changed its words)
    ("1987", "comment. (n.3)", "Chapter Three, Part C (Obstruction) does not apply"),
    ("1991", "comment. (n.2)", "Chapter Three, Part C (Obstruction) does not apply"),
    # Amendment 758 (Vol. III lines 17294-17295)
    ("2011", "comment. (n.2)", "Chapter Three, Part C (Obstruction and Related Adjustments)"),
    # 2016 line 7215, 2025 lines 13068-13070 (Amendment 777)
    ("2025", "comment. (n.2)", "§3C1.1 (Obstructing or Impeding the Administration of "
                               "Justice) does not apply"),
])
def test_obstruction_refused_unless_the_count_was_obstructed(manual, note, words):
    message = _refused(manual, _maximum("10 years"), OBSTRUCTED)
    assert f"adjustments.obstruction.obstructed_justice: §2J1.6, {note}: “For offenses " \
           f"covered under this section, {words}" in message
    assert "obstructed_the_failure_to_appear_count = true" in message
    steps = _steps(manual, _maximum("10 years") + "\nobstructed_the_failure_to_appear_count = "
                   "true", OBSTRUCTED)
    assert (f"§2J1.6, {note}", "applies", 12) in steps


def test_reckless_endangerment_reached_until_amendment_777():
    more = "[adjustments.obstruction]\nreckless_endangerment_during_flight = true\n"
    assert "adjustments.obstruction.reckless_endangerment_during_flight: §2J1.6" in \
        _refused("2011", _maximum("10 years"), more)
    computation = calculate(parse_case(_text("2016", _maximum("10 years"), more)))
    assert computation.result.total_offense_level == 14  # 6 + 6, §3C1.2 +2


# Dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("day, message", [
    ("1987-10-31", "sentencing_date: 1987-10-31 is before the Guidelines took effect"),
    # after the table's reviewed_through (Nov. 1, 2025): the Nov. 1, 2026 edition, not entered
    ("2026-12-01", "sentencing_date: Dec. 1, 2026 falls under the Nov. 1, 2026 edition"),
])
def test_dates_outside_what_is_entered_are_refused(tmp_path, capsys, day, message):
    path = tmp_path / f"{day}.toml"
    path.write_text(f"sentencing_date = {day}\n[offense]\nguideline = \"{G}\"\n"
                    f"[offense.{KEY}]\n{_maximum('10 years')}\n[criminal_history]\n"
                    f"category = \"I\"\n")
    assert message in calc_refused(capsys, path)


# Worked cases through the real CLI, one per era --------------------------------------------

def _chapter_two(result: dict) -> list[tuple[str, str, int]]:
    return [(s["section"], s["change"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"]


def test_worked_1987(tmp_path: Path, capsys):
    # Failed to appear for trial on a bank robbery charge (20 years): 6 + 9 = 15 (Vol. I lines
    # 6952-6954); category VI: 41-51 months
    path = case_file(tmp_path, G, KEY, _maximum("20 years"), "1987")
    path.write_text(path.read_text().replace('category = "I"', 'category = "VI"'))
    result = calc_json(capsys, path)
    assert _chapter_two(result) == [("§2J1.6(a)", "= 6", 6), ("§2J1.6(b)(1)", "+9", 15)]
    assert result["total_offense_level"] == 15
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (41, 51)


def test_worked_1990_surrender(tmp_path: Path, capsys):
    # Failed to report for service of sentence, surrendered two days later: 11 - 5 = 6
    # (Vol. I lines 6960-6965); category I: 0-6 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, REPORT + "surrendered_within_96_hours"
                                         " = true", "1990"))
    assert _chapter_two(result) == [("§2J1.6(a)(1)", "= 11", 11),
                                    ("§2J1.6(b)(1)(A)", "-5", 6)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (0, 6)


def test_worked_2016(tmp_path: Path, capsys):
    # Failed to appear for sentencing on a false-statement count (5 years, 18 U.S.C. § 1001):
    # 6 + 6 = 12 (2016 lines 7187, 7203); acceptance -2: 10, category I: 6-12 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, _maximum("5 years"), "2016",
                                         "[acceptance]\naccepted = true\n"))
    assert _chapter_two(result) == [("§2J1.6(a)(2)", "= 6", 6), ("§2J1.6(b)(2)(B)", "+6", 12)]
    assert result["total_offense_level"] == 10
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (6, 12)


# Properties over the real table -------------------------------------------------------------

TABLE = load_table("failure_to_appear")
MAXIMA = ["6 months", "1 year", "13 months", "4 years", "59 months", "5 years", "10 years",
          "179 months", "15 years", "40 years", "life", "death"]


def _level(day: dt.date, report: bool, maximum: int, surrendered: bool) -> int:
    version = TABLE.in_force(day)
    single = version["base_levels"][0]["applies_to"] == "all"
    facts = _maximum(MAXIMA[maximum]) + "\n"
    if not single:
        facts += f"failure_to_report_for_service_of_sentence = {str(report).lower()}\n"
        facts += f"surrendered_within_96_hours = {str(surrendered).lower()}\n"
    text = (f"sentencing_date = {day.isoformat()}\n[offense]\nguideline = \"{G}\"\n"
            f"[offense.{KEY}]\n{facts}[criminal_history]\ncategory = \"VI\"\n")
    return calculate(parse_case(text)).result.total_offense_level


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=st.dates(dt.date(1987, 11, 1), TABLE.reviewed_through),
       report=st.booleans(), surrendered=st.booleans(),
       maximum=st.integers(0, len(MAXIMA) - 2), more=st.integers(1, len(MAXIMA) - 1))
def test_a_greater_maximum_never_lowers_the_level(day, report, surrendered, maximum, more):
    """On every date, a longer maximum of the underlying offense never lowers the level; a
    surrender never raises it; the level stays within 1-43 (the table's own tiers)."""
    higher = min(maximum + more, len(MAXIMA) - 1)
    low = _level(day, report, maximum, surrendered)
    assert 1 <= low <= _level(day, report, higher, surrendered) <= 43
    assert _level(day, report, maximum, True) <= _level(day, report, maximum, False)
