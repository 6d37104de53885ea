"""§2P1.1 (Escape, Instigating or Assisting Escape), every edition from Nov. 1, 1987, each level
worked by hand from the Manual's text:
- 2016 Manual lines 8671-8707 and 2025 Manual lines 15990-16062
  (../shared/reference/ussg/manual_20xx/GLM20xx_fulltext.txt), the text since Nov. 1, 1990
  (the notes since Nov. 1, 1991);
- Appendix C (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt): Amendment 200
  (lines 3929-3937: the 1987 (a) and its 1989 words), 201 (lines 3942-3947: the 1987 (b)(3)
  and its 1989 words), 341 (lines 7231-7246: (b)(2)'s proviso, the new (b)(3), the officer
  paragraph renumbered (b)(4)), 406 (lines 10813-10816: Note 6 on §3A1.2).
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

G, KEY = "2P1.1", "escape"
CUSTODY = ["conviction", "felony_arrest", "misdemeanor_arrest", "extradition",
           "recalcitrant_witness", "other"]
POSITIONS = ["correctional_officer", "correctional_employee", "law_enforcement_officer",
             "law_enforcement_employee", "department_of_justice_employee"]


def _text(manual: str, facts: str, more: str = "") -> str:
    # category VI: the 1987 Sentencing Table's zero-minimum cells of the lower categories
    # are refused by ussg (Amendment 270); the offense level does not depend on it
    return (f'manual = "{manual}"\n[offense]\nguideline = "{G}"\n[offense.{KEY}]\n{facts}\n'
            f'{more}[criminal_history]\ncategory = "VI"\n')


def _steps(manual: str, facts: str, more: str = "", chapters=("chapter_two",)) -> list:
    computation = calculate(parse_case(_text(manual, facts, more)))
    return [(s.section, s.change, s.level) for s in computation.steps if s.chapter in chapters]


def _refused(manual: str, facts: str, more: str = "") -> str:
    with pytest.raises(CaseFileError) as error:
        calculate(parse_case(_text(manual, facts, more)))
    return str(error.value)


# (a) by edition ---------------------------------------------------------------------------

@pytest.mark.parametrize("manual, custody, paragraph, level", [
    # 1987, the words Amendment 200 deleted (lines 3930-3933): "(1) 13, if from lawful custody
    # resulting from a conviction or as a result of a lawful arrest for a felony; (2) 8, if
    # from lawful custody awaiting extradition, pursuant to designation as a recalcitrant
    # witness or as a result of a lawful arrest for a misdemeanor."
    ("1987", "conviction", "(a)(1)", 13), ("1987", "felony_arrest", "(a)(1)", 13),
    ("1987", "misdemeanor_arrest", "(a)(2)", 8), ("1987", "extradition", "(a)(2)", 8),
    ("1987", "recalcitrant_witness", "(a)(2)", 8),
    # from Nov. 1, 1989 (lines 3935-3937; 2025 lines 15994-15997): "(1) 13, if the custody or
    # confinement is by virtue of an arrest on a charge of felony, or conviction of any
    # offense; (2) 8, otherwise."
    ("1989", "conviction", "(a)(1)", 13), ("1989", "felony_arrest", "(a)(1)", 13),
    ("1989", "misdemeanor_arrest", "(a)(2)", 8), ("1989", "other", "(a)(2)", 8),
    ("2016", "extradition", "(a)(2)", 8), ("2025", "conviction", "(a)(1)", 13),
    ("2025", "felony_arrest", "(a)(1)", 13), ("2025", "recalcitrant_witness", "(a)(2)", 8),
    ("2025", "other", "(a)(2)", 8),
])
def test_base_offense_level_by_custody(manual, custody, paragraph, level):
    assert _steps(manual, f'custody = "{custody}"') == [(f"§2P1.1{paragraph}", f"= {level}",
                                                          level)]


def test_other_custody_refused_before_amendment_200():
    message = _refused("1987", 'custody = "other"')
    assert "offense.escape.custody: §2P1.1(a) of Nov. 1, 1987 - Oct. 31, 1989 names only" in \
        message


# (b)(1) -----------------------------------------------------------------------------------

@pytest.mark.parametrize("manual", ["1987", "1990", "2025"])
def test_force(manual):
    # "If the use or the threat of force against any person was involved, increase by 5
    # levels." (2016 line 8681; 2025 lines 16001-16002; untouched by any amendment)
    assert _steps(manual, 'custody = "misdemeanor_arrest"\nuse_or_threat_of_force = true') \
        == [("§2P1.1(a)(2)", "= 8", 8), ("§2P1.1(b)(1)", "+5", 13)]


# (b)(2) and (b)(3): every edge --------------------------------------------------------------

RETURNED = "returned_voluntarily_within_96_hours = true\n"


@pytest.mark.parametrize("manual", ["1987", "1989", "1990", "2016", "2025"])
@pytest.mark.parametrize("custody, escaped_from, steps", [
    # (b)(2): "decrease the offense level under §2P1.1(a)(1) by 7 levels or the offense level
    # under §2P1.1(a)(2) by 4 levels" (2016 line 8683; 2025 lines 16004-16007)
    ("conviction", "non_secure_custody", [("§2P1.1(a)(1)", "= 13", 13),
                                          ("§2P1.1(b)(2)", "-7", 6)]),
    ("misdemeanor_arrest", "non_secure_custody", [("§2P1.1(a)(2)", "= 8", 8),
                                                  ("§2P1.1(b)(2)", "-4", 4)]),
    # "escaped from non-secure custody": a return from secure custody is not reached
    ("conviction", "secure_custody", [("§2P1.1(a)(1)", "= 13", 13),
                                      ("§2P1.1(b)(2)", "not applied", 13)]),
])
def test_voluntary_return(manual, custody, escaped_from, steps):
    assert _steps(manual, f'custody = "{custody}"\nescaped_from = "{escaped_from}"\n'
                          + RETURNED) == steps


@pytest.mark.parametrize("manual", ["1990", "2016", "2025"])
@pytest.mark.parametrize("custody, facts, steps", [
    # (b)(3) from Amendment 341 (lines 7235-7241; 2025 lines 16012-16019): (a)(1) -4, (a)(2) -2
    ("conviction", "", [("§2P1.1(a)(1)", "= 13", 13), ("§2P1.1(b)(3)", "-4", 9)]),
    ("extradition", "", [("§2P1.1(a)(2)", "= 8", 8), ("§2P1.1(b)(3)", "-2", 6)]),
    # "and subsection (b)(2) is not applicable": a return within 96 hours takes (b)(2)
    ("conviction", RETURNED, [("§2P1.1(a)(1)", "= 13", 13), ("§2P1.1(b)(2)", "-7", 6)]),
    # the proviso of each (lines 7232-7234, 7239-7241)
    ("conviction", "offense_while_away = true",
     [("§2P1.1(a)(1)", "= 13", 13), ("§2P1.1(b)(3)", "not applied", 13)]),
    ("conviction", RETURNED + "offense_while_away = true",
     [("§2P1.1(a)(1)", "= 13", 13), ("§2P1.1(b)(2)", "not applied", 13)]),
])
def test_community_corrections_and_the_proviso(manual, custody, facts, steps):
    assert _steps(manual, f'custody = "{custody}"\nescaped_from = "community_corrections"\n'
                          + facts) == steps


@pytest.mark.parametrize("manual", ["1987", "1989"])
def test_facts_of_amendment_341_refused_before_it(manual):
    assert "offense.escape.escaped_from: §2P1.1(b)(3), the decrease for an escape from the " \
           "non-secure custody of a community corrections center, was added by Amendment 341" \
        in _refused(manual, 'custody = "conviction"\nescaped_from = "community_corrections"')
    assert "offense.escape.offense_while_away: §2P1.1(b)(2) in the Guidelines Manual in force " \
           "on" in _refused(manual, 'custody = "conviction"\nescaped_from = '
                                    '"non_secure_custody"\n' + RETURNED
                                    + "offense_while_away = true")


# The officer paragraph and the note on §3B1.3 -----------------------------------------------

@pytest.mark.parametrize("manual, paragraph, position, applied", [
    # 1987 (b)(3), the words Amendment 201 deleted (lines 3943-3944): "while a correctional
    # officer or other employee of the Department of Justice"
    ("1987", "(b)(3)", "correctional_officer", True),
    ("1987", "(b)(3)", "department_of_justice_employee", True),
    ("1987", "(b)(3)", "law_enforcement_officer", False),
    ("1987", "(b)(3)", "correctional_employee", False),
    ("1987", "(b)(3)", "law_enforcement_employee", False),
    # 1989 (lines 3946-3947): "a law enforcement or correctional officer or employee, or an
    # employee of the Department of Justice"; (b)(4) from Amendment 341
    ("1989", "(b)(3)", "law_enforcement_officer", True),
    ("1990", "(b)(4)", "correctional_employee", True),
    ("2025", "(b)(4)", "law_enforcement_employee", True),
])
def test_officer_or_employee(manual, paragraph, position, applied):
    steps = _steps(manual, f'custody = "conviction"\ndefendant_was = ["{position}"]')
    assert steps == [("§2P1.1(a)(1)", "= 13", 13),
                     (f"§2P1.1{paragraph}", "+2" if applied else "not applied",
                      15 if applied else 13)]


@pytest.mark.parametrize("manual, words", [
    # Note 3 of 1987 (Amendment 341 struck "§2P1.1(b)(3)" for "subsection (b)(4)", line 7243)
    ("1987", "If the adjustment in §2P1.1(b)(3) applies, no adjustment is to be made under "
             "§3B1.3"),
    ("2025", "If the adjustment in subsection (b)(4) applies, no adjustment is to be made "
             "under §3B1.3"),  # 2025 lines 16046-16047
])
def test_abuse_of_trust_refused_with_the_officer_paragraph(manual, words):
    message = _refused(manual, 'custody = "conviction"\ndefendant_was = ["correctional_officer"]',
                       "[adjustments.role]\nabuse_of_trust = true\n")
    assert f"adjustments.role.abuse_of_trust: §2P1.1, comment. (n.3): “{words}" in message


# The note on §3A1.2 (from Nov. 1, 1991, Amendment 406) --------------------------------------

FORCE = 'custody = "conviction"\nuse_or_threat_of_force = true\n'
VICTIM = '[adjustments.victim]\nofficial_victim = "status"\n'


@pytest.mark.parametrize("manual, note", [("1991", "n.6"), ("2016", "n.6"), ("2025", "n.5")])
def test_official_victim_note(manual, note):
    # 2016 line 8705, 2025 lines 16055-16056: "If the adjustment in subsection (b)(1) applies
    # as a result of conduct that involves an official victim, do not apply §3A1.2"
    assert f"offense.escape.force_involved_official_victim: §2P1.1, comment. ({note}): “If " \
           f"the adjustment in subsection (b)(1) applies" in _refused(manual, FORCE, VICTIM)
    assert "adjustments.victim.official_victim: §2P1.1" in _refused(
        manual, FORCE + "force_involved_official_victim = true", VICTIM)
    steps = _steps(manual, FORCE + "force_involved_official_victim = false", VICTIM,
                   ("chapter_two", "chapter_three"))
    assert steps == [("§2P1.1(a)(1)", "= 13", 13), ("§2P1.1(b)(1)", "+5", 18),
                     (f"§2P1.1, comment. ({note})", "applies", 18), ("§3A1.2(a)", "+3", 21)]


def test_no_official_victim_note_before_amendment_406():
    steps = _steps("1990", FORCE, VICTIM, ("chapter_two", "chapter_three"))
    assert steps == [("§2P1.1(a)(1)", "= 13", 13), ("§2P1.1(b)(1)", "+5", 18),
                     ("§3A1.2(a)", "+3", 21)]
    assert "offense.escape.force_involved_official_victim: §2P1.1 in the Guidelines Manual " \
           "in force on" in _refused("1990", FORCE + "force_involved_official_victim = true",
                                     VICTIM)


# Dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("day, message", [
    ("1987-10-31", "sentencing_date: 1987-10-31 is before the Guidelines took effect"),
    ("2026-12-01", "sentencing_date: Dec. 1, 2026 falls under the Nov. 1, 2026 edition"),
])
def test_dates_outside_what_is_entered_are_refused(tmp_path, capsys, day, message):
    path = tmp_path / f"{day}.toml"
    path.write_text(f"sentencing_date = {day}\n[offense]\nguideline = \"{G}\"\n"
                    f"[offense.{KEY}]\ncustody = \"conviction\"\n[criminal_history]\n"
                    f"category = \"I\"\n")
    assert message in calc_refused(capsys, path)


# Worked cases through the real CLI, one per era --------------------------------------------

def _chapter_two(result: dict) -> list[tuple[str, str, int]]:
    return [(s["section"], s["change"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"]


def _case(tmp_path: Path, manual: str, facts: str, category: str) -> Path:
    path = case_file(tmp_path, G, KEY, facts, manual)
    path.write_text(path.read_text().replace('category = "I"', f'category = "{category}"'))
    return path


def test_worked_1987(tmp_path, capsys):
    # Escape by force from a prison camp while serving a sentence: 13 (lines 3930-3931) + 5
    # = 18; category VI: 57-71 months
    result = calc_json(capsys, _case(tmp_path, "1987", FORCE, "VI"))
    assert _chapter_two(result) == [("§2P1.1(a)(1)", "= 13", 13), ("§2P1.1(b)(1)", "+5", 18)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (57, 71)


def test_worked_1990(tmp_path, capsys):
    # Walked away from a halfway house while awaiting extradition, not returned: 8 (Amendment
    # 200) - 2 ((b)(3), Amendment 341) = 6; category III: 2-8 months
    result = calc_json(capsys, _case(tmp_path, "1990", 'custody = "extradition"\nescaped_from '
                                                       '= "community_corrections"', "III"))
    assert _chapter_two(result) == [("§2P1.1(a)(2)", "= 8", 8), ("§2P1.1(b)(3)", "-2", 6)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (2, 8)


def test_worked_2023_derived(tmp_path, capsys):
    # Nov. 1, 2023 - Oct. 31, 2025 (Amendment 821 unread but for Note 5): the 2016 words,
    # derived; a walk-away from a work detail, returned in two days: 13 - 7 = 6; category IV:
    # 6-12 months
    result = calc_json(capsys, _case(tmp_path, "2023", 'custody = "conviction"\nescaped_from = '
                                                       '"non_secure_custody"\n' + RETURNED,
                                     "IV"))
    assert _chapter_two(result) == [("§2P1.1(a)(1)", "= 13", 13), ("§2P1.1(b)(2)", "-7", 6)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (6, 12)
    base = next(s for s in result["steps"] if s["section"] == "§2P1.1(a)(1)")
    assert base["citation"]["amendments"] == [821]
    assert base["source"].startswith("Guidelines Manual, Nov. 1, 2023 (derived: the 2016 words")


# Properties over the real table -------------------------------------------------------------

TABLE = load_table("escape")


def _level(day: dt.date, custody: str, force: bool, escaped_from: str, returned: bool,
           positions: list[str]) -> int | None:
    version = TABLE.in_force(day)
    if custody in version.get("unplaced", {}):
        return None
    if escaped_from == "community_corrections" and not version["community_corrections"].get(
            "exists", True):
        escaped_from = "non_secure_custody"
    text = (f"sentencing_date = {day.isoformat()}\n[offense]\nguideline = \"{G}\"\n"
            f"[offense.{KEY}]\ncustody = \"{custody}\"\n"
            f"use_or_threat_of_force = {str(force).lower()}\nescaped_from = \"{escaped_from}\"\n"
            f"returned_voluntarily_within_96_hours = {str(returned).lower()}\n"
            f"defendant_was = {positions!r}\n[criminal_history]\ncategory = \"VI\"\n"
            ).replace("'", '"')
    return calculate(parse_case(text)).result.total_offense_level


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=st.dates(dt.date(1987, 11, 1), TABLE.reviewed_through),
       custody=st.sampled_from(CUSTODY),
       escaped_from=st.sampled_from(["secure_custody", "non_secure_custody",
                                     "community_corrections"]),
       returned=st.booleans(), positions=st.lists(st.sampled_from(POSITIONS), unique=True))
def test_levels_monotone(day, custody, escaped_from, returned, positions):
    """On every date, force never lowers the level, a return never raises it, an (a)(1)
    custody is never below an (a)(2) one, and the level stays within 1-43."""
    level = _level(day, custody, False, escaped_from, returned, positions)
    if level is None:
        return
    assert 1 <= level <= _level(day, custody, True, escaped_from, returned, positions) <= 43
    assert _level(day, custody, False, escaped_from, True, positions) <= \
        _level(day, custody, False, escaped_from, False, positions)
    assert _level(day, "misdemeanor_arrest", False, "secure_custody", False, positions) <= \
        _level(day, "conviction", False, "secure_custody", False, positions)
