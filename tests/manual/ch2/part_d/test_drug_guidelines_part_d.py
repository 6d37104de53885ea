"""Chapter Two, Part D beyond §2D1.1, computed from the same drug facts: §2D1.2 (protected
locations, underage or pregnant individuals), §2D1.5 (continuing criminal enterprise), §2D1.6
(communication facility) and §2D1.10 (endangering human life while manufacturing), each as
it stood in each edition (tables/drug_protected_location.toml,
continuing_criminal_enterprise.toml, communication_facility.toml,
endangering_life_manufacturing.toml, endangering_life_methamphetamine.toml).

Worked cases run the real command line in-process (``ussg calc FILE --format json``); every
expected level is worked by hand below from the Manual's words (the lines cited), with the
Drug Quantity Table rows read from the reference copy of the edition:
- 2025 DQT (../shared/reference/ussg/tables/drug_quantity_table/
  DQT_2025-11-01_verbatim_from_2025_Manual.txt): heroin line 302 "At least 10 G but less than
  20 G of Heroin; Level 14", line 325 "Less than 10 G of Heroin; Level 12", line 77 "At least
  3 KG but less than 10 KG ... Level 32", line 49 "At least 10 KG but less than 30 KG ... Level
  34", line 27 "At least 30 KG but less than 90 KG ... Level 36"; marihuana line 377 "Less than
  1 KG ... Level 6", line 365 "At least 1 KG but less than 2.5 KG ... Level 8", line 354 "At
  least 2.5 KG but less than 5 KG ... Level 10", line 338 "At least 5 KG but less than 10 KG"
  (Level 12); methamphetamine line 278 "At least 10 G but less than 20 G" (Level 16), line 255
  "At least 20 G but less than 30 G" (Level 18), line 226 "At least 30 G but less than 40 G"
  (Level 20), line 204 "At least 40 G but less than 50 G" (Level 22).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate, parse_case
from ussg.guidelines.cli import main
from ussg.guidelines.engine.editions import edition_in_force, supported_dates
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.manual import Manual
from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2.registry import ChapterTwoCase, chapter_two_guideline

from tests.conftest import EXAMPLES
from tests.case.test_impossible_facts import _refused


def _case(guideline: str, drugs: list[tuple[str, str]], *, date: str = "2025-12-15",
          statute: str, extra: str = "", facts: str = "", role: str = "") -> str:
    """A single-count case file: the guideline, the drugs, its facts table, category I."""
    drug_text = "".join(f'\n[[offense.drugs]]\nsubstance = "{s}"\nquantity = "{q}"\n'
                        for s, q in drugs)
    key = chapter_two_guideline(guideline).facts_key
    facts_text = f"\n[offense.{key}]\n{facts}\n" if facts else ""
    role_text = f"\n[adjustments.role]\n{role}\n" if role else ""
    return (f"sentencing_date = {date}\n\n[offense]\nguideline = \"{guideline}\"\n"
            f"statute = \"{statute}\"\n{extra}\n{drug_text}{facts_text}{role_text}\n"
            f"[criminal_history]\ncategory = \"I\"\n")


SCHOOL = 'statutory_minimum_months = 12\nstatutory_maximum_months = 480'  # § 860(a)
CCE = 'statutory_minimum_months = 240\nstatutory_maximum_life = true'  # § 848(a)
PHONE = 'statutory_maximum_months = 48'  # § 843(d)(1)
LAB = 'statutory_maximum_months = 120'  # § 858


def _calc(tmp_path: Path, capsys, text: str) -> dict:
    path = tmp_path / "case.toml"
    path.write_text(text)
    assert main(["calc", str(path), "--format", "json"]) == 0, capsys.readouterr().err
    out, _ = capsys.readouterr()
    return json.loads(out.splitlines()[0])


def _chapter_two(result: dict) -> list[tuple[str, str, int | None]]:
    """(section, change, level) of every Chapter Two step, in order."""
    return [(s["section"], s["change"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"]


# §2D1.2 -------------------------------------------------------------------------------------

def test_2d1_2_the_application_note_example_2025(tmp_path: Path, capsys) -> None:
    """§2D1.2, comment. (n.1) (2025 Manual, GLM2025_fulltext.txt lines 9232-9238): "sold
    5 grams of heroin near a protected location and 10 grams of heroin elsewhere, the offense
    level from subsection (a)(1) would be level 14 (2 plus the offense level for the sale of
    5 grams of heroin ...); the offense level from subsection (a)(2) would be level 15 (1 plus
    the offense level for the sale of 15 grams of heroin ...)". (a)(4) is 13. The greatest:
    15, from the §2D1.1 level 14 of the total (15 g: DQT line 302), shown first."""
    result = _calc(tmp_path, capsys, _case(
        "2D1.2", [("heroin", "15 g")], statute="21 U.S.C. § 860", extra=SCHOOL,
        facts='directly_involved_drugs = [{ substance = "heroin", quantity = "5 g" }]'))
    assert _chapter_two(result) == [
        ("§2D1.1(c)(13)", "= 14", 14),
        ("§2D1.2(a)(2)", "= 15", 15),
        ("§2D1.2(a)(1)", "level 14: set aside", 15),
        ("§2D1.2(a)(4)", "level 13: set aside", 15),
    ]
    assert result["total_offense_level"] == 15
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (18, 24)


def test_2d1_2_the_application_note_example_1991(tmp_path: Path, capsys) -> None:
    """The same example as Amendment 319 wrote it (eff. Nov. 1, 1990; APPENDIX_C_Vol_I.txt
    lines 6677-6683): "(a)(1) would be level 16 (2 plus the offense level for the sale of 5
    grams of heroin ...); the offense level from subsection (a)(2) would be level 17" — the
    Drug Quantity Table of 1990 put 5 g of heroin at level 14 and 15 g at level 16 (Amendment
    782 later lowered the example to 14 and 15). Sentenced Dec. 2, 1991: the 1991 Manual."""
    result = _calc(tmp_path, capsys, _case(
        "2D1.2", [("heroin", "15 g")], date="1991-12-02", statute="21 U.S.C. § 845a",
        extra=SCHOOL,
        facts='directly_involved_drugs = [{ substance = "heroin", quantity = "5 g" }]'))
    steps = _chapter_two(result)
    assert steps[-3:] == [("§2D1.2(a)(2)", "= 17", 17),
                          ("§2D1.2(a)(1)", "level 16: set aside", 17),
                          ("§2D1.2(a)(4)", "level 13: set aside", 17)]
    assert steps[0][2] == 16  # the §2D1.1 level of 15 g, adopted
    assert result["total_offense_level"] == 17


def test_2d1_2_nov_1989_text_two_plus_the_whole_offense(tmp_path: Path, capsys) -> None:
    """Nov. 1, 1989 - Oct. 31, 1990 (Amendment 135; (a)(1) as Amendment 319 quotes it, lines
    6668-6670): "2 plus the offense level from §2D1.1", "26, if the offense involved a person
    less than eighteen years of age", "13, otherwise". 15 g of heroin, §2D1.1 level 16 (the
    1990 example above): (a)(1) 18; with a person under 18, (a)(2) 26."""
    text = _case("2D1.2", [("heroin", "15 g")], date="1990-03-01",
                 statute="21 U.S.C. § 845a", extra=SCHOOL)
    result = _calc(tmp_path, capsys, text)
    assert _chapter_two(result)[-2:] == [("§2D1.2(a)(1)", "= 18", 18),
                                         ("§2D1.2(a)(3)", "level 13: set aside", 18)]
    under_18 = _calc(tmp_path, capsys, _case(
        "2D1.2", [("heroin", "15 g")], date="1990-03-01", statute="21 U.S.C. § 845a",
        extra=SCHOOL, facts="person_under_18 = true"))
    assert _chapter_two(under_18) == [("§2D1.2(a)(2)", "= 26", 26),
                                      ("§2D1.2(a)(1)", "level 18: set aside", 26),
                                      ("§2D1.2(a)(3)", "level 13: set aside", 26)]


def test_2d1_2_quantity_directly_involved_is_an_error_under_the_1989_text(
        tmp_path: Path, capsys) -> None:
    """The Nov. 1, 1989 (a)(1) reads the whole offense: the key of Amendment 319's quantity
    "directly involving a protected location" is refused under it, named."""
    err = _refused(tmp_path, capsys, _case(
        "2D1.2", [("heroin", "15 g")], date="1990-03-01", statute="21 U.S.C. § 845a",
        extra=SCHOOL,
        facts='directly_involved_drugs = [{ substance = "heroin", quantity = "5 g" }]'))
    assert "offense.protected_location.directly_involved_drugs: §2D1.2 as it stood on " \
           "Nov. 1, 1989 has no such fact" in err


@pytest.mark.parametrize("directly, message", [
    ('{ substance = "cocaine", quantity = "5 g" }',
     "directly_involved_drugs[0].substance: 'cocaine' is not among [offense] drugs"),
    ('{ substance = "Heroin", quantity = "15.001 g" }',
     "directly_involved_drugs[0].quantity: 15.001 g of Heroin directly involved is more than "
     "the total of [offense] drugs, 15 g"),
])
def test_2d1_2_directly_involved_beyond_the_total_is_refused(tmp_path: Path, capsys,
                                                             directly: str,
                                                             message: str) -> None:
    """The quantity "directly involving a protected location" is part of "the total quantity
    of controlled substances involved in the offense" (§2D1.2(a)(1), (2)): more than the
    total, or a substance not in it, cannot both be true."""
    err = _refused(tmp_path, capsys, _case(
        "2D1.2", [("heroin", "15 g")], statute="21 U.S.C. § 860", extra=SCHOOL,
        facts=f"directly_involved_drugs = [{directly}]"))
    assert f"offense.protected_location.{message}" in err


def test_2d1_2_before_nov_1989_asks_the_age(tmp_path: Path, capsys) -> None:
    """Before Nov. 1, 1989 §2D1.2 was "Involving Juveniles in the Trafficking of Controlled
    Substances" (Amendment 135 quotes it, lines 2786-2800), whose level turns on the age of
    the individual involved: without it, refused, never the 1989 text applied. The Manual is
    chosen with ``manual`` (its computation: test_part_d_eras.py)."""
    text = _case("2D1.2", [("heroin", "15 g")], date="1990-03-01",
                 statute="21 U.S.C. § 845a", extra=SCHOOL).replace(
        "sentencing_date = 1990-03-01", "sentencing_date = 1990-03-01\nmanual = \"1988-10-15\"")
    err = _refused(tmp_path, capsys, text)
    assert "offense.protected_location.individual_age: §2D1.2 as it stood on Oct. 15, 1988 " \
           "(“Involving Juveniles in the Trafficking of Controlled Substances”) takes the " \
           "level by the age of the individual involved" in err


@pytest.mark.parametrize("total, directly, expected, chosen", [
    # 2025 marihuana rows (lines 377, 365, 354, 338); (a)(4) "13, otherwise"
    ("999 g", "999 g", 13, "(a)(4)"),   # §2D1.1 6: (a)(1) 8, (a)(2) 7 -> 13
    ("2.4 kg", "2.4 kg", 13, "(a)(4)"),  # §2D1.1 8: (a)(1) 10 -> 13
    ("2.5 kg", "2.5 kg", 13, "(a)(4)"),  # §2D1.1 10: (a)(1) 12 -> 13 (just below)
    ("5 kg", "5 kg", 14, "(a)(1)"),      # §2D1.1 12: (a)(1) 14 > 13 (above)
    ("5 kg", "4.999 kg", 13, "(a)(2)"),  # (a)(1) 12, (a)(2) 13 = (a)(4) 13: (a)(2) first
])
def test_2d1_2_edges_at_13(tmp_path: Path, capsys, total: str, directly: str,
                           expected: int, chosen: str) -> None:
    """§2D1.2(a) (2025, lines 9204-9214): the greatest of 2 plus the §2D1.1 level of the
    quantity directly involved, 1 plus that of the total, 13. (Of equal levels the first
    listed is shown as applied.)"""
    result = _calc(tmp_path, capsys, _case(
        "2D1.2", [("marihuana", total)], statute="21 U.S.C. § 860", extra=SCHOOL,
        facts=f'directly_involved_drugs = [{{ substance = "marihuana", '
              f'quantity = "{directly}" }}]'))
    applied = [s for s in _chapter_two(result) if s[1].startswith("= ") and
               s[0].startswith("§2D1.2")]
    assert applied == [(f"§2D1.2{chosen}", f"= {expected}", expected)]


@pytest.mark.parametrize("heroin, expected, chosen", [
    ("399.999 g", 26, "(a)(1)"),  # §2D1.1 24 (line 177): (a)(1) 26 = (a)(3) 26, listed first
    ("400 g", 28, "(a)(1)"),      # §2D1.1 26 (line 149): (a)(1) 28 > 26
    ("99.999 g", 26, "(a)(3)"),   # §2D1.1 22 (line 199): (a)(1) 24 < 26
])
def test_2d1_2_edges_at_26(tmp_path: Path, capsys, heroin: str, expected: int,
                           chosen: str) -> None:
    """§2D1.2(a)(3): "26, if the offense involved a person less than eighteen years of age"
    against (a)(1), the whole quantity directly involved."""
    result = _calc(tmp_path, capsys, _case(
        "2D1.2", [("heroin", heroin)], statute="21 U.S.C. § 861", extra=SCHOOL,
        facts="person_under_18 = true"))
    applied = [s for s in _chapter_two(result) if s[0].startswith("§2D1.2")][0]
    assert applied == (f"§2D1.2{chosen}", f"= {expected}", expected)


def test_2d1_2_carries_the_2d1_1_characteristics(tmp_path: Path, capsys) -> None:
    """§1B1.5(b)(1): "the offense level from another offense guideline" is the whole
    guideline: the §2D1.1(b)(1) weapon (+2) is in the level (a)(1) adds 2 to. 15 g of heroin,
    all of it directly involving the protected location (directly_involved_drugs left out):
    14 + 2 = 16; (a)(1) 18 (the greatest: (a)(2) 17, (a)(4) 13)."""
    result = _calc(tmp_path, capsys, _case(
        "2D1.2", [("heroin", "15 g")], statute="21 U.S.C. § 860",
        extra=SCHOOL + "\ndangerous_weapon = true"))
    assert _chapter_two(result)[:3] == [("§2D1.1(c)(13)", "= 14", 14),
                                        ("§2D1.1(b)(1)", "+2", 16),
                                        ("§2D1.2(a)(1)", "= 18", 18)]


# §2D1.5 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("date, heroin, expected, chosen", [
    # 2025 DQT: heroin 3-10 kg level 32 (line 77), 10-30 kg 34 (line 49), 30-90 kg 36 (line 27)
    ("2025-12-15", "9.999 kg", 38, "(a)(2)"),  # 32 + 4 = 36 < 38
    ("2025-12-15", "10 kg", 38, "(a)(1)"),     # 34 + 4 = 38 = 38, (a)(1) listed first
    ("2025-12-15", "30 kg", 40, "(a)(1)"),     # 36 + 4 = 40
    # 2016 DQT (DQT_2016-11-01_verbatim_from_2016_Manual.txt): the same heroin rows
    ("2016-12-15", "9.999 kg", 38, "(a)(2)"),
    ("2016-12-15", "10 kg", 38, "(a)(1)"),
    ("2016-12-15", "30 kg", 40, "(a)(1)"),
    # 1989 DQT (DQT_1989-11-01_table_as_inserted_by_amendment_125.txt): heroin 1-3 kg level
    # 32 (line 90), 3-10 kg 34 (line 72), 10-30 kg 36 (line 56)
    ("1989-12-01", "2.999 kg", 38, "(a)(2)"),  # 32 + 4 = 36 < 38
    ("1989-12-01", "3 kg", 38, "(a)(1)"),      # 34 + 4 = 38
    ("1989-12-01", "10 kg", 40, "(a)(1)"),     # 36 + 4 = 40
])
def test_2d1_5_four_plus_or_38(tmp_path: Path, capsys, date: str, heroin: str,
                               expected: int, chosen: str) -> None:
    """§2D1.5(a) (Amendment 139, lines 2902-2907; 2016 lines 4841-4847; 2025 lines
    9271-9276): "(Apply the greater): (1) 4 plus the offense level from §2D1.1 applicable to
    the underlying offense; or (2) 38." """
    result = _calc(tmp_path, capsys, _case("2D1.5", [("heroin", heroin)], date=date,
                                           statute="21 U.S.C. § 848", extra=CCE))
    applied = [s for s in _chapter_two(result) if s[0].startswith("§2D1.5")][0]
    assert applied == (f"§2D1.5{chosen}", f"= {expected}", expected)
    assert result["total_offense_level"] == expected


def test_2d1_5_worked_on_top_of_2d1_1(tmp_path: Path, capsys) -> None:
    """A continuing criminal enterprise with 15 kg of heroin and a firearm, 2025: §2D1.1(c)(3)
    34 (line 49), (b)(1) +2 = 36; §2D1.5(a)(1) 4 plus 36 = 40 > 38. No role adjustment
    (comment. (n.1)). Category I, level 40: 292-365 months."""
    result = _calc(tmp_path, capsys, _case("2D1.5", [("heroin", "15 kg")],
                                           statute="21 U.S.C. § 848",
                                           extra=CCE + "\ndangerous_weapon = true"))
    assert _chapter_two(result) == [("§2D1.1(c)(3)", "= 34", 34), ("§2D1.1(b)(1)", "+2", 36),
                                    ("§2D1.5(a)(1)", "= 40", 40),
                                    ("§2D1.5(a)(2)", "level 38: set aside", 40)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (292, 365)


def test_2d1_5_refuses_a_role_adjustment(tmp_path: Path, capsys) -> None:
    """§2D1.5, comment. (n.1) (2016 line 4853): "Do not apply any adjustment from Chapter
    Three, Part B (Role in the Offense)." A stated role is refused, named."""
    err = _refused(tmp_path, capsys, _case(
        "2D1.5", [("heroin", "15 kg")], statute="21 U.S.C. § 848", extra=CCE,
        role='aggravating = "organizer_or_leader"\nparticipants = 6'))
    assert "adjustments.role.aggravating: §2D1.5, comment. (n.1)" in err


def test_2d1_5_original_facts_refused_later(tmp_path: Path, capsys) -> None:
    """The facts of the original (a)(2)-(a)(3) are not in the guideline from Oct. 15, 1988."""
    err = _refused(tmp_path, capsys, _case(
        "2D1.5", [("heroin", "15 kg")], statute="21 U.S.C. § 848", extra=CCE,
        facts="principal_administrator = true"))
    assert ("offense.continuing_criminal_enterprise.principal_administrator: §2D1.5 as it "
            "stood on Nov. 1, 2025 has no such fact") in err


def _table_version(name: str, on: dt.date):
    return load_table(name).in_force(on)


def _level_on(day: str, section: str, text: str) -> tuple[int, list]:
    """The Chapter Two level of a case's offense under the rules of ``section``, on a sheet
    of the Manual in force on ``day`` (for the 1987-1989 texts, whose dates ussg cannot
    carry to a range: the §5C1.1 table of those years is not entered)."""
    case = parse_case(text)
    guideline = chapter_two_guideline(section)
    manual = Manual(edition_in_force(dt.date.fromisoformat(day), supported_only=False))
    sheet = Worksheet(manual)
    given = ChapterTwoCase(case, case.offense, guideline.facts_of(case.offense), "offense",
                           case.adjustments)
    rules = guideline.load_rules()
    rules.base_offense_level(sheet, given)
    rules.specific_offense_characteristics(sheet, given)
    return sheet.level, sheet.steps


@pytest.mark.parametrize("facts, expected, paragraph", [
    ("", 32, "(a)(1)"),
    ("second_or_subsequent_conviction = true", 38, "(a)(2)"),
    ("principal_administrator = true", 43, "(a)(3)"),
    ("second_or_subsequent_conviction = true\nprincipal_administrator = true", 43, "(a)(3)"),
])
def test_2d1_5_original_text(facts: str, expected: int, paragraph: str) -> None:
    """Nov. 1, 1987 - Oct. 14, 1988, as Amendment 66 quotes it (APPENDIX_C_Vol_I.txt lines
    1043-1056): "(1) 32, for the first conviction ...; or (2) 38, for the second or any
    subsequent conviction ...; or (3) 43, for engaging in a continuing criminal enterprise as
    the principal administrator, leader, or organizer, if ..."."""
    text = _case("2D1.5", [], date="1988-06-01", statute="21 U.S.C. § 848", extra=CCE,
                 facts=facts)
    level, steps = _level_on("1988-06-01", "2D1.5", text)
    assert level == expected
    assert [s.section for s in steps if s.change.startswith("= ")] == [f"§2D1.5{paragraph}"]


def test_2d1_5_october_1988_text() -> None:
    """Oct. 15, 1988 - Oct. 31, 1989: "(a) Base Offense Level: 36" (Amendment 139 quotes
    what it deletes, lines 2902-2903): the drugs are not read, so stating them is an
    error."""
    text = _case("2D1.5", [], date="1989-06-01", statute="21 U.S.C. § 848", extra=CCE)
    level, steps = _level_on("1989-06-01", "2D1.5", text)
    assert level == 36 and [s.section for s in steps] == ["§2D1.5(a)"]
    with pytest.raises(CaseError) as refused:
        _level_on("1989-06-01", "2D1.5", _case("2D1.5", [("heroin", "15 kg")],
                                               date="1989-06-01", statute="21 U.S.C. § 848",
                                               extra=CCE))
    assert refused.value.field == "offense.drugs"
    assert "§2D1.5(a) in force on Oct. 15, 1988 does not take the §2D1.1 level" in str(
        refused.value)


# §2D1.6 -------------------------------------------------------------------------------------

def test_2d1_6_the_underlying_offense(tmp_path: Path, capsys) -> None:
    """§2D1.6(a) (Amendment 320, lines 6693-6694; 2025 line 9324): "the offense level
    applicable to the underlying offense": 15 g of heroin, §2D1.1 level 14 (line 302)."""
    result = _calc(tmp_path, capsys, _case("2D1.6", [("heroin", "15 g")],
                                           statute="21 U.S.C. § 843(b)", extra=PHONE))
    assert _chapter_two(result) == [("§2D1.1(c)(13)", "= 14", 14), ("§2D1.6(a)", "= 14", 14)]


def test_2d1_6_before_nov_1990_level_12() -> None:
    """Before Nov. 1, 1990 the level was 12 (Amendment 320 deletes "12"); the drugs are not
    read then, and stating them is an error naming them."""
    text = _case("2D1.6", [], date="1990-03-01", statute="21 U.S.C. § 843(b)", extra=PHONE)
    level, steps = _level_on("1990-03-01", "2D1.6", text)
    assert level == 12 and [s.section for s in steps] == ["§2D1.6(a)"]
    with pytest.raises(CaseError) as refused:
        _level_on("1990-03-01", "2D1.6", _case("2D1.6", [("heroin", "1 kg")],
                                               date="1990-03-01",
                                               statute="21 U.S.C. § 843(b)", extra=PHONE))
    assert refused.value.field == "offense.drugs"


# §2D1.10 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("meth, expected, chosen", [
    ("19.999 g", 20, "(a)(2)"),  # DQT 16 (line 278): 19 < 20
    ("20 g", 21, "(a)(1)"),      # DQT 18 (line 255): 21 > 20
])
def test_2d1_10_three_plus_or_20(tmp_path: Path, capsys, meth: str, expected: int,
                                 chosen: str) -> None:
    """§2D1.10(a) (2025 lines 9465-9469): "(1) 3 plus the offense level from the Drug
    Quantity Table in §2D1.1; or (2) 20"."""
    result = _calc(tmp_path, capsys, _case("2D1.10", [("methamphetamine", meth)],
                                           statute="21 U.S.C. § 858", extra=LAB))
    applied = [s for s in _chapter_two(result) if s[0].startswith("§2D1.10")][0]
    assert applied == (f"§2D1.10{chosen}", f"= {expected}", expected)


@pytest.mark.parametrize("meth, risk, steps", [
    # DQT 20 (line 226): 23 +3 = 26, "less than level 27, increase to level 27"
    ("30 g", False, [("§2D1.10(b)(1)(A)", "+3", 26), ("§2D1.10(b)(1)(A)", "→ 27", 27)]),
    # DQT 22 (line 204): 25 +3 = 28, not less than 27
    ("40 g", False, [("§2D1.10(b)(1)(A)", "+3", 28)]),
    # 23 +6 = 29, less than 30: 30
    ("30 g", True, [("§2D1.10(b)(1)(B)", "+6", 29), ("§2D1.10(b)(1)(B)", "→ 30", 30)]),
    # 25 +6 = 31
    ("40 g", True, [("§2D1.10(b)(1)(B)", "+6", 31)]),
])
def test_2d1_10_b1_edges(tmp_path: Path, capsys, meth: str, risk: bool, steps: list) -> None:
    """§2D1.10(b)(1) (Amendment 608, APPENDIX_C_Vol_II.txt lines 3515-3527; 2025 lines
    9471-9482): (A) +3, at least 27; (B) +6, at least 30; "Apply the greater"."""
    facts = "manufacture_of_amphetamine_or_methamphetamine = true" + (
        "\nsubstantial_risk_to_minor_or_incompetent = true" if risk else "")
    result = _calc(tmp_path, capsys, _case("2D1.10", [("methamphetamine", meth)],
                                           statute="21 U.S.C. § 858", extra=LAB, facts=facts))
    assert [s for s in _chapter_two(result) if s[0].startswith("§2D1.10(b)")] == steps


def test_2d1_10_before_its_subsection_b(tmp_path: Path, capsys) -> None:
    """Before Dec. 16, 2000 the guideline had no (b) (Amendment 608 inserts it): the fact is
    refused in the Nov. 1, 1998 Manual, and the (a) level stands (DQT of 1998)."""
    text = _case("2D1.10", [("methamphetamine", "30 g")], date="1999-06-01",
                 statute="21 U.S.C. § 858", extra=LAB,
                 facts="manufacture_of_amphetamine_or_methamphetamine = true")
    err = _refused(tmp_path, capsys, text)
    assert "offense.endangering_life.manufacture_of_amphetamine_or_methamphetamine: " \
           "§2D1.10(b)(1) is not in the guideline in force on Nov. 1, 1998" in err


def test_2d1_10_refuses_2d1_1_characteristics(tmp_path: Path, capsys) -> None:
    """(a)(1) takes only "the offense level from the Drug Quantity Table": a §2D1.1 weapon
    would be silently unused, so it is refused."""
    err = _refused(tmp_path, capsys, _case("2D1.10", [("methamphetamine", "30 g")],
                                           statute="21 U.S.C. § 858",
                                           extra=LAB + "\ndangerous_weapon = true"))
    assert "offense.dangerous_weapon: a §2D1.1 fact, but §2D1.10(a)(1)" in err


def test_2d1_10_refused_before_nov_1989(tmp_path: Path, capsys) -> None:
    """§2D1.10 was added by Amendment 140, Nov. 1, 1989: the registry refuses it before."""
    version = _table_version("endangering_life_manufacturing", dt.date(1989, 6, 1))
    assert version.get("exists") is False and "Amendment 140" in version["text"]


# §2D1.14 ------------------------------------------------------------------------------------

NARCO = 'statutory_minimum_months = 240\nstatutory_maximum_life = true'  # § 960a
SAFETY_VALVE = """
[offense.safety_valve]
criminal_history = true
no_violence_or_weapon = true
no_death_or_serious_bodily_injury = true
not_organizer_or_cce = true
truthful_disclosure = true
"""


def _narco(date: str, role: str = 'mitigating = "minor_participant"', terrorism: bool = False,
           ) -> str:
    text = _case("2D1.14", [("heroin", "15 kg")], date=date, statute="21 U.S.C. § 960a",
                 extra=NARCO, role=role)
    text = text.replace("\n[[offense.drugs]]", SAFETY_VALVE + "\n[[offense.drugs]]", 1)
    if terrorism:
        text += "\n[adjustments.victim]\nterrorism = true\n"
    return text


def test_2d1_14_worked_2025(tmp_path: Path, capsys) -> None:
    """§2D1.14 (2025 lines 10315-10329): "(a)(1) The offense level from §2D1.1 ... applicable
    to the underlying offense, except that §2D1.1(a)(5)(A), (a)(5)(B), and (b)(18) shall not
    apply. (b)(1) If §3A1.4 (Terrorism) does not apply, increase by 6 levels." 15 kg of heroin,
    level 34 (line 49); a minor participant, whose cap ((a)(5): 34 would lose 3) and the
    §5C1.2 decrease ((b)(18), -2) are left out: 34; (b)(1) +6 = 40; §3B1.2(b) -2 = 38."""
    result = _calc(tmp_path, capsys, _narco("2025-12-15"))
    assert [(s[0], s[1]) for s in _chapter_two(result)] == [
        ("§2D1.1(c)(3)", "= 34"), ("§2D1.14(a)(1)", "= 34"),
        ("§2D1.14(a)(1)", "not applied"), ("§2D1.14(a)(1)", "not applied"),
        ("§2D1.14(b)(1)", "+6")]
    titles = [s["title"] for s in result["steps"] if s["change"] == "not applied"]
    assert titles == ["§2D1.1(a)(5)(A), (a)(5)(B): the cap for a mitigating role",
                      "§2D1.1(b)(18): the §5C1.2 decrease"]
    assert result["total_offense_level"] == 38


@pytest.mark.parametrize("date, paragraphs, warned", [
    ("2016-12-15", ("(a)(5)(A), (a)(5)(B)", "(b)(17)"), False),  # 2016 lines 5815-5823
    ("2011-03-01", ("(a)(5)(A), (a)(5)(B)", "(b)(16)"), False),  # Amendments 746, 748
    ("2010-03-01", ("(a)(3)(A), (a)(3)(B)", "(b)(11)"), True),   # 700's words, cap moved
    ("2008-03-01", ("(a)(3)(A), (a)(3)(B)", "(b)(11)"), False),  # Amendment 700
])
def test_2d1_14_each_edition_names_its_paragraphs(tmp_path: Path, capsys, date: str,
                                                  paragraphs: tuple, warned: bool) -> None:
    """Each edition's (a)(1) names §2D1.1's cap and §5C1.2 decrease by that edition's
    numbers (Amendment 700, APPENDIX_C_Vol_III.txt lines 7757-7771; 746, line 15346; 748,
    line 15833; 783, Supplement line 3329); the Nov. 1, 2009 Manual still says (a)(3) for a
    cap Amendment 727 had moved to (a)(5): a warning says so."""
    result = _calc(tmp_path, capsys, _narco(date))
    titles = [s["title"] for s in result["steps"] if s["change"] == "not applied"]
    assert titles == [f"§2D1.1{paragraphs[0]}: the cap for a mitigating role",
                      f"§2D1.1{paragraphs[1]}: the §5C1.2 decrease"]
    assert any("still names (a)(3)(A)-(B)" in w for w in result["warnings"]) == warned


def test_2d1_14_with_terrorism_no_increase(tmp_path: Path, capsys) -> None:
    """(b)(1) "If §3A1.4 (Terrorism) does not apply": with §3A1.4 found, not applied."""
    result = _calc(tmp_path, capsys, _narco("2025-12-15", role="", terrorism=True))
    step = [s for s in result["steps"] if s["section"] == "§2D1.14(b)(1)"]
    assert [(s["change"], s["level"]) for s in step] == [("not applied", 34)]


def test_2d1_14_refused_before_nov_2007(tmp_path: Path, capsys) -> None:
    """Added by Amendment 700, Nov. 1, 2007."""
    err = _refused(tmp_path, capsys, _narco("2007-03-01"))
    assert "offense.guideline: §2D1.14 is not in the Guidelines Manual in force on Nov. 1, " \
           "2006: §2D1.14 was added by Amendment 700, effective Nov. 1, 2007" in err


# §2D1.8 -------------------------------------------------------------------------------------

PREMISES = "statutory_maximum_months = 240"  # 21 U.S.C. § 856(b)


@pytest.mark.parametrize("date, heroin, expected", [
    # 2025 (Amendment 640's ceiling 26, 2025 lines 9382-9395): heroin 700 g-1 kg level 28
    # (line 127), 1-3 kg level 30 (line 99), 3-10 kg level 32 (line 77)
    ("2025-12-15", "999.999 g", 24),  # 28 - 4 = 24
    ("2025-12-15", "1 kg", 26),       # 30 - 4 = 26, at the ceiling
    ("2025-12-15", "3 kg", 26),       # 32 - 4 = 28, "not greater than level 26"
    # Nov. 1, 1992 - Oct. 31, 2002 (Amendment 448, APPENDIX_C_Vol_I.txt lines 12465-12475:
    # "not greater than level 16"); the heroin rows of Amendment 125's table: 20-40 g level
    # 18 (line 206), 40-60 g level 20 (line 188), 60-80 g level 22 (line 172)
    ("1995-12-15", "39.999 g", 14),   # 18 - 4
    ("1995-12-15", "40 g", 16),       # 20 - 4, at the ceiling
    ("1995-12-15", "60 g", 16),       # 22 - 4 = 18 -> 16
])
def test_2d1_8_premises_only_edges(tmp_path: Path, capsys, date: str, heroin: str,
                                   expected: int) -> None:
    """§2D1.8(a)(2): "4 levels less than the offense level from §2D1.1 applicable to the
    underlying controlled substance offense, but not greater than level 26" (16 before
    Nov. 1, 2002)."""
    result = _calc(tmp_path, capsys, _case("2D1.8", [("heroin", heroin)], date=date,
                                           statute="21 U.S.C. § 856", extra=PREMISES,
                                           facts="only_allowed_use_of_premises = true"))
    assert _chapter_two(result)[-1] == ("§2D1.8(a)(2)", f"= {expected}", expected)


def test_2d1_8_underlying_offense(tmp_path: Path, capsys) -> None:
    """§2D1.8(a)(1): "The offense level from §2D1.1 applicable to the underlying controlled
    substance offense": 15 kg of heroin, 34 (2025 line 49), with the §2D1.1(b)(1) weapon 36."""
    result = _calc(tmp_path, capsys, _case("2D1.8", [("heroin", "15 kg")],
                                           statute="21 U.S.C. § 856",
                                           extra=PREMISES + "\ndangerous_weapon = true"))
    assert _chapter_two(result) == [("§2D1.1(c)(3)", "= 34", 34), ("§2D1.1(b)(1)", "+2", 36),
                                    ("§2D1.8(a)(1)", "= 36", 36)]


@pytest.mark.parametrize("weapon, expected", [(False, [("§2D1.8(a)", "= 16", 16)]),
                                              (True, [("§2D1.8(a)", "= 16", 16),
                                                      ("§2D1.8(b)(1)", "+2", 18)])])
def test_2d1_8_before_nov_1992(tmp_path: Path, capsys, weapon: bool, expected: list) -> None:
    """Nov. 1, 1991 - Oct. 31, 1992, as Amendment 448 quotes it (lines 12460-12464): "(a)
    Base Offense Level: 16 (b) ... (1) If a firearm or other dangerous weapon was possessed,
    increase by 2 levels." Sentenced Dec. 2, 1991."""
    text = (f"sentencing_date = 1991-12-02\n\n[offense]\nguideline = \"2D1.8\"\n"
            f"{'dangerous_weapon = true' if weapon else ''}\n\n"
            f"[criminal_history]\ncategory = \"I\"\n")
    assert _chapter_two(_calc(tmp_path, capsys, text)) == expected


@pytest.mark.parametrize("text, message", [
    (_case("2D1.8", [("heroin", "15 g")], date="1991-12-02", statute="21 U.S.C. § 856",
           extra=PREMISES),
     "offense.drugs: §2D1.8 in force on Nov. 27, 1991 does not take the §2D1.1 level"),
    (_case("2D1.8", [("heroin", "15 g")], date="1991-12-02", statute="21 U.S.C. § 856",
           extra=PREMISES, facts="only_allowed_use_of_premises = true"),
     "offense.drug_establishment.only_allowed_use_of_premises: §2D1.8 in force on Nov. 27, "
     "1991 has no (a)(2)"),
    (_case("2D1.8", [("heroin", "15 g")], statute="21 U.S.C. § 856", extra=PREMISES,
           facts="only_allowed_use_of_premises = true", role='mitigating = "minor_participant"'),
     "adjustments.role.mitigating: §2D1.8(b)(1): “If the offense level is determined under "
     "subsection (a)(2), do not apply an adjustment under §3B1.2 (Mitigating Role).”"),
])
def test_2d1_8_refusals(tmp_path: Path, capsys, text: str, message: str) -> None:
    assert message in _refused(tmp_path, capsys, text)


# §2D1.7, §2D1.9 -----------------------------------------------------------------------------

GEAR = "statutory_maximum_months = 36"  # 21 U.S.C. § 863(b)


@pytest.mark.parametrize("date", ["2025-12-15", "2016-12-15", "1992-12-01"])
@pytest.mark.parametrize("heroin, expected, applied", [
    ("9.999 g", 12, False),  # 2025 line 325 "Less than 10 G", level 12: not greater than 12
    ("10 g", 14, True),      # line 302 "At least 10 G but less than 20 G", level 14
])
def test_2d1_7_cross_reference_if_greater(tmp_path: Path, capsys, date: str, heroin: str,
                                          expected: int, applied: bool) -> None:
    """§2D1.7 (Amendment 397, APPENDIX_C_Vol_I.txt lines 10550-10555; 2025 lines 9362-9369):
    "(a) Base Offense Level: 12 (b) Cross Reference (1) If the offense involved a controlled
    substance, apply §2D1.1 ... if the resulting offense level is greater than that determined
    above." The heroin rows at 10 g are the same in the 2016 table and in the 1992 one
    (Amendment 125's table, line 226: "At least 10 G but less than 20 G", level 16; line 244:
    5-10 g, level 14): in 1992 9.999 g is level 14 and 10 g level 16."""
    if date == "1992-12-01":
        expected = {"9.999 g": 14, "10 g": 16}[heroin]
        applied = True
    result = _calc(tmp_path, capsys, _case("2D1.7", [("heroin", heroin)], date=date,
                                           statute="21 U.S.C. § 863", extra=GEAR,
                                           facts='cross_reference = "2D1.1"'))
    cross = [s for s in _chapter_two(result) if s[0] == "§2D1.7(b)(1)"]
    assert cross == [("§2D1.7(b)(1)", f"→ {expected}" if applied else "not applied",
                      expected)]
    assert result["total_offense_level"] == expected


def test_2d1_7_without_a_substance_is_12(tmp_path: Path, capsys) -> None:
    """No controlled substance: (a) 12, no cross reference."""
    result = _calc(tmp_path, capsys, _case("2D1.7", [], statute="21 U.S.C. § 863",
                                           extra=GEAR))
    assert _chapter_two(result) == [("§2D1.7(a)", "= 12", 12)]


@pytest.mark.parametrize("facts, date, message", [
    ('cross_reference = "2D2.1"\npossession_substance = "heroin_or_opiate"', "2025-12-15",
     "offense.drugs: §2D2.1, applied through §2D1.7(b)(1), reads the substance "
     "(possession_substance), not the drugs"),
    ("", "2025-12-15", "offense.paraphernalia.cross_reference: the offense involved a "
                       "controlled substance"),
    ('cross_reference = "2D1.1"', "1991-03-01",
     "offense.paraphernalia.cross_reference: §2D1.7 in force on Nov. 1, 1990 has no cross "
     "reference (subsection (b) was added by Amendment 397, Nov. 1, 1991)"),
])
def test_2d1_7_refusals(tmp_path: Path, capsys, facts: str, date: str, message: str) -> None:
    err = _refused(tmp_path, capsys, _case("2D1.7", [("heroin", "15 g")], date=date,
                                           statute="21 U.S.C. § 863", extra=GEAR,
                                           facts=facts))
    assert message in err


@pytest.mark.parametrize("date", ["2025-12-15", "2016-12-15", "1990-03-01"])
def test_2d1_9_is_23(tmp_path: Path, capsys, date: str) -> None:
    """§2D1.9(a) (2016 line 4927, 2025 line 9439): "Base Offense Level: 23"; no statute is
    given (ussg reads "21 U.S.C. § 841(d)(1)" as a § 841(b) drug statute)."""
    text = (f"sentencing_date = {date}\n\n[offense]\nguideline = \"2D1.9\"\n\n"
            f"[criminal_history]\ncategory = \"I\"\n")
    result = _calc(tmp_path, capsys, text)
    assert _chapter_two(result) == [("§2D1.9(a)", "= 23", 23)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (46, 57)


# §2D1.12 ------------------------------------------------------------------------------------

EQUIPMENT = "statutory_maximum_months = 120"  # 21 U.S.C. § 843(d)(2)


@pytest.mark.parametrize("date", ["2025-12-15", "2016-12-15"])
@pytest.mark.parametrize("meth, cross", [
    # (a)(1) 12 + (b)(1) 2 = 14. 2025 DQT lines 307/278 (2016 lines 483/441): methamphetamine
    # 5-10 g level 14, 10-20 g level 16
    ("9.999 g", None),  # §2D1.1 14: not greater than 14
    ("10 g", 16),       # §2D1.1 16 > 14
])
def test_2d1_12_cross_reference_edges(tmp_path: Path, capsys, date: str, meth: str,
                                      cross: int | None) -> None:
    """§2D1.12 (2016 lines 5759-5781; 2025 lines 10181-10221): "(a)(1) 12, if the defendant
    intended to manufacture a controlled substance ...", "(b)(1) If the defendant (A)
    intended to manufacture methamphetamine ... increase by 2 levels", "(c)(1) If the offense
    involved unlawfully manufacturing a controlled substance ... apply §2D1.1 ... if the
    resulting offense level is greater than that determined above"."""
    result = _calc(tmp_path, capsys, _case(
        "2D1.12", [("methamphetamine", meth)], date=date, statute="21 U.S.C. § 843(a)(6)",
        extra=EQUIPMENT, facts='state_of_mind = "intended_or_knew"\nmethamphetamine = true\n'
                               'manufacturing = true'))
    steps = _chapter_two(result)
    assert steps[:2] == [("§2D1.12(a)(1)", "= 12", 12), ("§2D1.12(b)(1)", "+2", 14)]
    if cross is None:
        assert steps[-1] == ("§2D1.12(c)(1)", "not applied", 14)
    else:
        assert steps[-1] == ("§2D1.12(c)(1)", f"→ {cross}", cross)


def test_2d1_12_reasonable_cause_and_ammonia(tmp_path: Path, capsys) -> None:
    """(a)(2) "9, if the defendant had reasonable cause to believe ..."; (b)(4) "stealing
    anhydrous ammonia ... increase by 6 levels": 15; no manufacturing, no cross reference."""
    result = _calc(tmp_path, capsys, _case(
        "2D1.12", [], statute="21 U.S.C. § 864", extra=EQUIPMENT,
        facts='state_of_mind = "reasonable_cause"\nanhydrous_ammonia = true'))
    assert _chapter_two(result) == [("§2D1.12(a)(2)", "= 9", 9), ("§2D1.12(b)(4)", "+6", 15)]


# §§2D2.2, 2D2.3, 2D3.1, 2D3.2 ---------------------------------------------------------------

def _plain(section: str, date: str, facts: str = "") -> str:
    key = chapter_two_guideline(section).facts_key
    table = f"\n[offense.{key}]\n{facts}\n" if facts else ""
    return (f"sentencing_date = {date}\n\n[offense]\nguideline = \"{section}\"\n{table}\n"
            f"[criminal_history]\ncategory = \"I\"\n")


@pytest.mark.parametrize("date", ["2025-12-15", "2016-12-15", "1990-03-01"])
@pytest.mark.parametrize("section, level", [("2D2.2", 8), ("2D3.1", 6), ("2D3.2", 4)])
def test_fixed_levels(tmp_path: Path, capsys, date: str, section: str, level: int) -> None:
    """"(a) Base Offense Level: 8" (§2D2.2; 2016 line 5863, 2025 line 10394), "6" (§2D3.1;
    5899, 10452), "4" (§2D3.2; 5909, 10469); no amendment changed them."""
    result = _calc(tmp_path, capsys, _plain(section, date))
    assert _chapter_two(result) == [(f"§{section}(a)", f"= {level}", level)]


@pytest.mark.parametrize("date, resulted, expected", [
    ("2025-12-15", "death", [("§2D2.3(a)(1)", "= 26", 26),
                             ("§2D2.3(a)(3)", "level 13: set aside", 26)]),
    ("2025-12-15", "serious_bodily_injury", [("§2D2.3(a)(2)", "= 21", 21),
                                             ("§2D2.3(a)(3)", "level 13: set aside", 21)]),
    ("2025-12-15", None, [("§2D2.3(a)(3)", "= 13", 13)]),
    ("1989-12-01", "death", [("§2D2.3(a)(1)", "= 26", 26),
                             ("§2D2.3(a)(3)", "level 13: set aside", 26)]),
])
def test_2d2_3_levels(tmp_path: Path, capsys, date: str, resulted: str | None,
                      expected: list) -> None:
    """§2D2.3(a) (Amendment 141, APPENDIX_C_Vol_I.txt lines 2929-2935; 2025 lines
    10408-10414): "(1) 26, if death resulted; or (2) 21, if serious bodily injury resulted;
    or (3) 13, otherwise"."""
    facts = f'resulted = "{resulted}"' if resulted else ""
    assert _chapter_two(_calc(tmp_path, capsys, _plain("2D2.3", date, facts))) == expected


@pytest.mark.parametrize("date", ["2025-12-15", "2016-12-15", "2011-03-01"])
@pytest.mark.parametrize("substance, level, paragraph", [
    ("opiate_or_cocaine_base", 8, "(a)(1)"), ("cocaine_flunitrazepam_lsd_or_pcp", 6, "(a)(2)"),
    ("other", 4, "(a)(3)")])
def test_2d2_1_levels(tmp_path: Path, capsys, date: str, substance: str, level: int,
                      paragraph: str) -> None:
    """§2D2.1(a) (2016 lines 5837-5843, 2025 lines 10345-10354; from Amendment 748, Nov. 1,
    2010): "(1) 8, if the substance is heroin or any Schedule I or II opiate, an analogue of
    these, or cocaine base; or (2) 6, if the substance is cocaine, flunitrazepam, LSD, or
    PCP; or (3) 4, if the substance is any other controlled substance or a list I chemical"."""
    result = _calc(tmp_path, capsys, _plain("2D2.1", date, f'substance = "{substance}"'))
    assert _chapter_two(result) == [(f"§2D2.1{paragraph}", f"= {level}", level)]


@pytest.mark.parametrize("date, facts, message", [
    ("2025-12-15", 'substance = "other"\nin_prison = true',
     "offense.possession.prison_contraband: §2D2.1(b)(1): “If the offense involved possession "
     "of a controlled substance in a prison"),
])
def test_2d2_1_refusals(tmp_path: Path, capsys, date: str, facts: str, message: str) -> None:
    """The cross reference to §2P1.2 needs its findings ([offense.possession.prison_contraband]):
    without them refused, never computed as something else (computed:
    tests/manual/ch2/s2p1_2/; the earlier texts: test_part_d_eras.py)."""
    assert message in _refused(tmp_path, capsys, _plain("2D2.1", date, facts))


def test_2d2_3_before_nov_1989() -> None:
    """Before Nov. 1, 1989: "(a) Base Offense Level: 8" (Amendment 141 quotes it, line 2929),
    and no fact of what resulted."""
    level, steps = _level_on("1989-06-01", "2D2.3", _plain("2D2.3", "1989-06-01"))
    assert level == 8 and [s.section for s in steps] == ["§2D2.3(a)"]


def test_2d2_3_result_refused_before_nov_1989(tmp_path: Path, capsys) -> None:
    text = _plain("2D2.3", "1990-03-01", 'resulted = "death"').replace(
        "sentencing_date = 1990-03-01", "sentencing_date = 1990-03-01\nmanual = \"1988-10-15\"")
    err = _refused(tmp_path, capsys, text)
    assert "offense.common_carrier.resulted: §2D2.3 as it stood on Oct. 15, 1988 has no such " \
           "fact" in err


# Properties ---------------------------------------------------------------------------------

GUIDELINES = {"2D1.2": ("21 U.S.C. § 860", SCHOOL), "2D1.5": ("21 U.S.C. § 848", CCE),
              "2D1.6": ("21 U.S.C. § 843(b)", PHONE), "2D1.10": ("21 U.S.C. § 858", LAB),
              "2D1.14": ("21 U.S.C. § 960a", NARCO), "2D1.7": ("21 U.S.C. § 863", GEAR),
              "2D1.8": ("21 U.S.C. § 856", PREMISES),
              "2D1.12": ("21 U.S.C. § 843(a)(6)", EQUIPMENT)}
FACTS = {"2D1.7": 'cross_reference = "2D1.1"', "2D1.8": "only_allowed_use_of_premises = true",
         "2D1.12": 'state_of_mind = "intended_or_knew"\nmanufacturing = true'}
#: From when the guideline reads the drugs (§2D1.6's (a), §2D1.7's cross reference,
#: §2D1.8's (a)); before, they are refused
FIRST = {"2D1.6": dt.date(1990, 11, 1), "2D1.7": dt.date(1991, 11, 1),
         "2D1.8": dt.date(1992, 11, 1)}


def _exists(section: str, day: dt.date) -> bool:
    table = load_table(chapter_two_guideline(section).table)
    try:
        return table.in_force(day).get("exists", True)
    except LookupError:  # before its first version, or in a gap
        return False


#: Every edition ussg computes (from Nov. 1, 1989: the §5C1.1 table of 1987-1989 is not
#: entered) in which the guideline exists.
EDITIONS = [(section, day) for section in GUIDELINES for day in supported_dates()
            if day >= FIRST.get(section, dt.date(1989, 11, 1)) and _exists(section, day)]


def _level(section: str, grams: int, day: dt.date) -> tuple[int, int]:
    statute, extra = GUIDELINES[section]
    facts = FACTS.get(section, "")
    if section == "2D1.12" and day < dt.date(1995, 11, 1):  # (a) "12" alone before 520
        facts = "manufacturing = true"
    text = _case(section, [("heroin" if section != "2D1.10" else "methamphetamine",
                            f"{grams} g")], date=day.isoformat(), statute=statute,
                 extra=extra, facts=facts)
    result = calculate(parse_case(text)).result
    return result.total_offense_level, result.table_offense_level


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edition=st.sampled_from(EDITIONS), grams=st.integers(1, 200_000),
       more=st.integers(0, 200_000))
def test_more_quantity_never_lowers_the_level(edition: tuple[str, dt.date], grams: int,
                                              more: int) -> None:
    """In every edition that has the guideline, more drugs never lower its level, and the
    level for the Sentencing Table stays within 1-43."""
    section, day = edition
    low, low_table = _level(section, grams, day)
    high, high_table = _level(section, grams + more, day)
    assert high >= low
    assert 1 <= low_table <= 43 and 1 <= high_table <= 43


def test_the_examples_compute(capsys) -> None:
    """Each example of these guidelines is worked by hand in its comments; its total level
    here is the one the comments reach."""
    expected = {"protected-location-2025.toml": (17, 24, 30), "cce-2025.toml": (40, 292, 365),
                "narco-terrorism-2025.toml": (38, 240, 293),
                "paraphernalia-2025.toml": (14, 15, 21),
                "dangerous-devices-2025.toml": (23, 46, 57),
                "drug-establishment-2025.toml": (26, 63, 78),
                "lab-equipment-2025.toml": (24, 51, 63),
                "possession-2025.toml": (8, 0, 6),
                "forged-prescriptions-2025.toml": (8, 0, 6),
                "common-carrier-2025.toml": (21, 37, 46),
                "registration-number-2025.toml": (6, 0, 6),
                "regulatory-offense-2025.toml": (4, 0, 6),
                "communication-facility-2025.toml": (14, 15, 21),
                "meth-lab-2025.toml": (30, 97, 120)}
    for name, (level, low, high) in expected.items():
        assert main(["calc", str(EXAMPLES / name), "--format", "json"]) == 0
        out, _ = capsys.readouterr()
        result = json.loads(out.splitlines()[0])
        assert result["total_offense_level"] == level, name
        within = result.get("statutory_range") or result["range"]
        assert (within["min_months"], within["max_months"]) == (low, high), name
