"""§2P1.2 (Providing or Possessing Contraband in Prison) and §2D2.1's cross reference into it,
through the real command line, each level worked by hand from the Manual's text:
- 2016 Manual lines 8709-8737 and 2025 Manual lines 16066-16104
  (../shared/reference/ussg/manual_20xx/GLM20xx_fulltext.txt), the text since Amendment 769
  (Nov. 1, 2012);
- Appendix C (../shared/reference/ussg/appendix_c_2016/): Amendment 202 (Vol. I lines
  3958-3963: the original (b)(1) and its 1989 words), 203 (lines 3972-3976: the 1989 (c)(1)),
  525 (lines 17385-17401: methamphetamine in (a)(2); the 1995 (c)(1)), 769 (Supplement lines
  957-963: the mobile phone in (a)(3)); 514 (Vol. I lines 16402-16409: §2D2.1(b)(2) and
  §2D1.1(b)(3), Nov. 1, 1995).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate, parse_case
from ussg.guidelines.engine.tables import load_table

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file

OBJECTS = ["firearm", "destructive_device", "weapon", "object_usable_as_weapon_or_escape",
           "ammunition", "lsd", "pcp", "methamphetamine", "narcotic_drug", "alcoholic_beverage",
           "currency", "mobile_phone", "other_controlled_substance", "other_threatening_object"]
POSITIONS = ["correctional_officer", "correctional_employee", "law_enforcement_officer",
             "law_enforcement_employee", "department_of_justice_employee"]


def _heroin(quantity: str) -> str:
    return f'[[offense.drugs]]\nsubstance = "heroin"\nquantity = "{quantity}"\n'


def _contraband(tmp_path: Path, manual: str, facts: str, offense: str = "") -> Path:
    """A §2P1.2 count: ``offense`` lines go under [offense] (before the drugs' tables)."""
    path = case_file(tmp_path, "2P1.2", "prison_contraband", facts, manual)
    if manual == "1987":  # the original Sentencing Table's cells of 0-1 ... 0-6 months
        # (category I, low levels) are refused by ussg: category VI's are entered
        path.write_text(path.read_text().replace('category = "I"', 'category = "VI"'))
    if offense:
        text = path.read_text().replace('guideline = "2P1.2"\n',
                                        f'guideline = "2P1.2"\n{offense}', 1)
        path.write_text(text)
    return path


def _steps(result: dict) -> list[tuple[str, str, int]]:
    return [(s["section"], s["change"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"]


# (a) by edition --------------------------------------------------------------------------

@pytest.mark.parametrize("manual, obj, paragraph, level", [
    # 1987 (a), derived: the 2016 words less 525's "methamphetamine," and 769's mobile phone
    ("1987", "firearm", "(a)(1)", 23), ("1987", "destructive_device", "(a)(1)", 23),
    ("1987", "weapon", "(a)(2)", 13), ("1987", "object_usable_as_weapon_or_escape", "(a)(2)", 13),
    ("1987", "ammunition", "(a)(2)", 13), ("1987", "lsd", "(a)(2)", 13),
    ("1987", "pcp", "(a)(2)", 13), ("1987", "narcotic_drug", "(a)(2)", 13),
    ("1987", "alcoholic_beverage", "(a)(3)", 6), ("1987", "currency", "(a)(3)", 6),
    ("1987", "other_controlled_substance", "(a)(3)", 6),
    ("1987", "other_threatening_object", "(a)(4)", 4),
    # methamphetamine: "a controlled substance (other than LSD, PCP, or a narcotic drug)",
    # (a)(3), until Amendment 525 (Vol. I line 17385) named it in (a)(2), Nov. 1, 1995
    ("1987", "methamphetamine", "(a)(3)", 6), ("1994", "methamphetamine", "(a)(3)", 6),
    ("1995", "methamphetamine", "(a)(2)", 13), ("2025", "methamphetamine", "(a)(2)", 13),
    # mobile phone: (a)(3) from Amendment 769 (Supplement line 958), Nov. 1, 2012
    ("2012", "mobile_phone", "(a)(3)", 6), ("2016", "mobile_phone", "(a)(3)", 6),
    # 2025 lines 16070-16083
    ("2025", "firearm", "(a)(1)", 23), ("2025", "ammunition", "(a)(2)", 13),
    ("2025", "narcotic_drug", "(a)(2)", 13), ("2025", "currency", "(a)(3)", 6),
    ("2025", "other_controlled_substance", "(a)(3)", 6),
    ("2025", "other_threatening_object", "(a)(4)", 4),
])
def test_base_offense_level_by_object(tmp_path, capsys, manual, obj, paragraph, level):
    result = calc_json(capsys, _contraband(tmp_path, manual, f'object = "{obj}"'))
    assert _steps(result) == [(f"§2P1.2{paragraph}", f"= {level}", level)]
    assert result["total_offense_level"] == level


@pytest.mark.parametrize("manual", ["1987", "1995", "2011"])  # 2011: the last before 769
def test_mobile_phone_refused_before_amendment_769(tmp_path, capsys, manual):
    err = calc_refused(capsys, _contraband(tmp_path, manual, 'object = "mobile_phone"'))
    assert "offense.prison_contraband.object: §2P1.2 as it stood on" in err
    assert "names a mobile phone only from Nov. 1, 2012 (Amendment 769" in err


# (b)(1) ----------------------------------------------------------------------------------

@pytest.mark.parametrize("manual, position, applied", [
    # 1987, the words Amendment 202 deleted (Vol. I lines 3959-3960): "If the defendant
    # committed the offense while a correctional officer or other employee of the Department
    # of Justice, increase by 2 levels."
    ("1987", "correctional_officer", True), ("1987", "department_of_justice_employee", True),
    ("1987", "law_enforcement_officer", False), ("1987", "correctional_employee", False),
    ("1987", "law_enforcement_employee", False),
    # from Nov. 1, 1989 (lines 3962-3963; 2025 lines 16093-16095): "a law enforcement or
    # correctional officer or employee, or an employee of the Department of Justice"
    ("1989", "law_enforcement_officer", True), ("1989", "correctional_employee", True),
    ("2025", "law_enforcement_employee", True), ("2025", "department_of_justice_employee", True),
])
def test_officer_or_employee(tmp_path, capsys, manual, position, applied):
    result = calc_json(capsys, _contraband(
        tmp_path, manual, f'object = "currency"\ndefendant_was = ["{position}"]'))
    if applied:
        assert _steps(result) == [("§2P1.2(a)(3)", "= 6", 6), ("§2P1.2(b)(1)", "+2", 8)]
    else:
        assert _steps(result) == [("§2P1.2(a)(3)", "= 6", 6),
                                  ("§2P1.2(b)(1)", "not applied", 6)]


@pytest.mark.parametrize("manual, note", [("1989", "comment. (n.1)"), ("2025", "comment. (n.2)")])
def test_abuse_of_trust_refused_with_b1(tmp_path, capsys, manual, note):
    # 2025 Application Note 2 (line 16115; Note 1 until Amendment 769 redesignated it): "If
    # the adjustment in §2P1.2(b)(1) applies, no adjustment is to be made under §3B1.3"
    path = _contraband(tmp_path, manual, 'object = "weapon"\ndefendant_was = '
                                         '["correctional_officer"]\n[adjustments.role]\n'
                                         'abuse_of_trust = true')
    err = calc_refused(capsys, path)
    assert f"adjustments.role.abuse_of_trust: §2P1.2, {note}: “If the adjustment in " \
           f"§2P1.2(b)(1) applies, no adjustment is to be made under §3B1.3" in err


def test_abuse_of_trust_allowed_where_b1_does_not_reach(tmp_path, capsys):
    result = calc_json(capsys, _contraband(
        tmp_path, "1987", 'object = "weapon"\ndefendant_was = ["law_enforcement_officer"]\n'
                          '[adjustments.role]\nabuse_of_trust = true'))
    assert ("§3B1.3", "+2", 15) in [(s["section"], s["change"], s["level"])
                                    for s in result["steps"]]


# (c)(1) Nov. 1, 1989 - Oct. 31, 1995 (Amendment 203) --------------------------------------

STATUTE = "convicted_under_1791_a_1 = true\npunishable_under_1791_b_1 = true"


@pytest.mark.parametrize("heroin, dq_level, paragraph, level", [
    # "the offense level is 2 plus the offense level from §2D1.1, but in no event less than
    # level 26"; 1993 Drug Quantity Table: 60-80 G of heroin 22, 80-100 G 24, 100-400 G 26
    ("79.999 g", 22, "(c)(11)", 26), ("80 g", 24, "(c)(10)", 26), ("100 g", 26, "(c)(9)", 28),
])
def test_1989_text_two_plus_at_least_26(tmp_path, capsys, heroin, dq_level, paragraph, level):
    result = calc_json(capsys, _contraband(tmp_path, "1993", f'object = "narcotic_drug"\n'
                                           f'{STATUTE}', _heroin(heroin)))
    assert _steps(result) == [("§2P1.2(a)(2)", "= 13", 13),
                              (f"§2D1.1{paragraph}", f"= {dq_level}", dq_level),
                              ("§2P1.2(c)(1)", f"→ {level}", level)]


def test_1989_text_needs_both_findings(tmp_path, capsys):
    result = calc_json(capsys, _contraband(tmp_path, "1993", 'object = "narcotic_drug"\n'
                                           'convicted_under_1791_a_1 = true'))
    assert _steps(result) == [("§2P1.2(a)(2)", "= 13", 13), ("§2P1.2(c)(1)", "not applied", 13)]


# (c)(1) from Nov. 1, 1995 (Amendment 525) -------------------------------------------------

@pytest.mark.parametrize("heroin, dq_level, proviso", [
    # "apply the offense level from §2D1.1 ... Provided, that if the defendant is convicted
    # under 18 U.S.C. § 1791(a)(1) and is punishable under 18 U.S.C. § 1791(b)(1), and the
    # resulting offense level is less than level 26, increase to level 26" (2025 lines
    # 16099-16104); 2025 heroin: 100-400 G 24, 400-700 G 26, 1-3 KG 30
    ("399.999 g", 24, ("§2P1.2(c)(1) (proviso)", "→ 26", 26)),
    ("400 g", 26, ("§2P1.2(c)(1) (proviso)", "not applied", 26)),
    ("1 kg", 30, ("§2P1.2(c)(1) (proviso)", "not applied", 30)),
])
def test_2025_distribution_and_proviso(tmp_path, capsys, heroin, dq_level, proviso):
    result = calc_json(capsys, _contraband(
        tmp_path, "2025", f'object = "narcotic_drug"\nobject_was_distribution = true\n{STATUTE}',
        f"prison_distribution = false\n{_heroin(heroin)}"))
    steps = _steps(result)
    assert steps[0] == ("§2P1.2(a)(2)", "= 13", 13)
    assert steps[1][1:] == (f"= {dq_level}", dq_level)
    assert steps[2:] == [("§2P1.2(c)(1)", f"→ {dq_level}", dq_level), proviso]


def test_distribution_applied_outright_even_if_lower(tmp_path, capsys):
    # (c)(1) says "apply the offense level from §2D1.1", not "if greater": 5 g of heroin,
    # §2D1.1(c)(14) 12, (b)(4) +2 (prison distribution) = 14; the officer's +2 of §2P1.2(b)(1)
    # (13 + 2 = 15) is replaced with the rest of (a)-(b)
    result = calc_json(capsys, _contraband(
        tmp_path, "2025", 'object = "narcotic_drug"\nobject_was_distribution = true\n'
                          'defendant_was = ["correctional_officer"]',
        f"prison_distribution = true\n{_heroin('5 g')}"))
    assert _steps(result) == [("§2P1.2(a)(2)", "= 13", 13), ("§2P1.2(b)(1)", "+2", 15),
                              ("§2D1.1(c)(14)", "= 12", 12), ("§2D1.1(b)(4)", "+2", 14),
                              ("§2P1.2(c)(1)", "→ 14", 14)]
    assert result["total_offense_level"] == 14


def test_1996_distribution_with_the_2d1_1_of_then(tmp_path, capsys):
    # 1995 §2D1.1(b)(3) (Amendment 514, line 16403) +2; 1995 table: 100-400 G of heroin, 26
    result = calc_json(capsys, _contraband(
        tmp_path, "1995", 'object = "narcotic_drug"\nobject_was_distribution = true',
        f"prison_distribution = true\n{_heroin('100 g')}"))
    assert _steps(result)[-3:] == [("§2D1.1(c)(7)", "= 26", 26), ("§2D1.1(b)(3)", "+2", 28),
                                   ("§2P1.2(c)(1)", "→ 28", 28)]


@pytest.mark.parametrize("manual, facts, offense, message", [
    ("1994", 'object = "narcotic_drug"\nobject_was_distribution = true', "",
     "offense.prison_contraband.object_was_distribution: §2P1.2 as it stood on Nov. 1, 1994 "
     "has no such fact (its (c)(1) reads “If the defendant is convicted under 18 U.S.C."),
    ("1987", 'object = "narcotic_drug"\nconvicted_under_1791_a_1 = true', "",
     "offense.prison_contraband.convicted_under_1791_a_1: §2P1.2 as it stood on Nov. 1, 1987 "
     "has no such fact (it has no subsection (c))"),
    ("2025", 'object = "narcotic_drug"\nobject_was_distribution = true',
     "prison_distribution = true\n", "offense.drugs: §2P1.2(c)(1): “If the object of the "
                                     "offense was the distribution"),
    ("2025", 'object = "narcotic_drug"\nobject_was_distribution = true', _heroin("5 g"),
     "offense.prison_distribution: §2P1.2(c)(1) applies §2D1.1, whose (b)(4) reads"),
    ("2025", 'object = "narcotic_drug"', _heroin("5 g"),
     "offense.drugs: §2P1.2 as it stood on Nov. 1, 2025 reads the drugs only for the §2D1.1 "
     "level of its cross reference"),
    ("1987", 'object = "narcotic_drug"', _heroin("5 g"),
     "offense.drugs: §2P1.2 as it stood on Nov. 1, 1987 reads the drugs only"),
    ("2025", 'object = "bomb"', "", "offense.prison_contraband.object"),
])
def test_refusals(tmp_path, capsys, manual, facts, offense, message):
    assert message in calc_refused(capsys, _contraband(tmp_path, manual, facts, offense))


# §2D2.1's cross reference into §2P1.2 -----------------------------------------------------

def _possession(tmp_path: Path, manual: str, facts: str, prison: str = "",
                offense: str = "") -> Path:
    more = f"[offense.possession.prison_contraband]\n{prison}\n" if prison else ""
    path = case_file(tmp_path, "2D2.1", "possession", facts, manual, more)
    if offense:
        path.write_text(path.read_text().replace('guideline = "2D2.1"\n',
                                                 f'guideline = "2D2.1"\n{offense}', 1))
    return path


@pytest.mark.parametrize("manual, substance, obj, steps", [
    # 2025 §2D2.1(b)(1) (lines 10357-10361): "If the offense involved possession of a
    # controlled substance in a prison, correctional facility, or detention facility, apply
    # §2P1.2": its level replaces (a)'s
    ("2025", "heroin_or_opiate", "narcotic_drug",
     [("§2D2.1(a)(1)", "= 8", 8), ("§2P1.2(a)(2)", "= 13", 13), ("§2D2.1(b)(1)", "→ 13", 13)]),
    ("2025", "lsd", "lsd",
     [("§2D2.1(a)(2)", "= 6", 6), ("§2P1.2(a)(2)", "= 13", 13), ("§2D2.1(b)(1)", "→ 13", 13)]),
    ("2025", "other", "other_controlled_substance",
     [("§2D2.1(a)(3)", "= 4", 4), ("§2P1.2(a)(3)", "= 6", 6), ("§2D2.1(b)(1)", "→ 6", 6)]),
    # Nov. 1, 1995 - Oct. 31, 2010 it is (b)(2) (Amendment 514, Vol. I lines 16407-16409);
    # methamphetamine is (a)(2) of §2P1.2 from the same day (Amendment 525)
    ("1995", "other", "methamphetamine",
     [("§2D2.1(a)(3)", "= 4", 4), ("§2P1.2(a)(2)", "= 13", 13), ("§2D2.1(b)(2)", "→ 13", 13)]),
    ("2009", "pcp", "pcp",
     [("§2D2.1(a)(2)", "= 6", 6), ("§2P1.2(a)(2)", "= 13", 13), ("§2D2.1(b)(2)", "→ 13", 13)]),
])
def test_2d2_1_applies_2p1_2(tmp_path, capsys, manual, substance, obj, steps):
    result = calc_json(capsys, _possession(tmp_path, manual, f'substance = "{substance}"\n'
                                           f'in_prison = true', f'object = "{obj}"'))
    assert _steps(result) == steps
    assert result["total_offense_level"] == steps[-1][2]


def test_2d2_1_through_2p1_2_into_2d1_1(tmp_path, capsys):
    # §2D2.1(b)(1) -> §2P1.2(c)(1) -> §2D1.1: 5 g heroin, (c)(14) 12, (b)(4) +2 = 14; the
    # §2P1.2 level 14 replaces (a)(1)'s 8
    result = calc_json(capsys, _possession(
        tmp_path, "2025", 'substance = "heroin_or_opiate"\nin_prison = true',
        'object = "narcotic_drug"\nobject_was_distribution = true',
        f"prison_distribution = true\n{_heroin('5 g')}"))
    assert _steps(result) == [("§2D2.1(a)(1)", "= 8", 8), ("§2P1.2(a)(2)", "= 13", 13),
                              ("§2D1.1(c)(14)", "= 12", 12), ("§2D1.1(b)(4)", "+2", 14),
                              ("§2P1.2(c)(1)", "→ 14", 14), ("§2D2.1(b)(1)", "→ 14", 14)]


def test_2d2_1_cocaine_base_not_more_than_5_grams_in_prison(tmp_path, capsys):
    # 1996: (b)(1) does not reach 4 g of cocaine base; (b)(2) applies §2P1.2
    result = calc_json(capsys, _possession(
        tmp_path, "1996", 'substance = "cocaine_base"\nin_prison = true',
        'object = "narcotic_drug"',
        '[[offense.drugs]]\nsubstance = "cocaine base"\nquantity = "4 g"\n'))
    assert _steps(result) == [("§2D2.1(a)(1)", "= 8", 8), ("§2D2.1(b)(1)", "not applied", 8),
                              ("§2P1.2(a)(2)", "= 13", 13), ("§2D2.1(b)(2)", "→ 13", 13)]


@pytest.mark.parametrize("manual, facts, prison, offense, message", [
    ("2025", 'substance = "other"\nin_prison = true', "", "",
     "offense.possession.prison_contraband: §2D2.1(b)(1): “If the offense involved possession "
     "of a controlled substance in a prison"),
    ("2025", 'substance = "other"', 'object = "narcotic_drug"', "",
     "offense.possession.prison_contraband: the §2P1.2 findings are read only with in_prison"),
    ("2025", 'substance = "other"\nin_prison = true', 'object = "firearm"', "",
     "offense.possession.prison_contraband.object: §2D2.1(b)(1): “If the offense involved"),
    ("2025", 'substance = "lsd"\nin_prison = true', 'object = "narcotic_drug"', "",
     "offense.possession.prison_contraband.object: the substance possessed is 'lsd'"),
    ("2025", 'substance = "cocaine"\nin_prison = true', 'object = "pcp"', "",
     "offense.possession.prison_contraband.object: the substance possessed is 'cocaine'"),
    ("2025", 'substance = "list_i_chemical"\nin_prison = true', 'object = "narcotic_drug"', "",
     "offense.possession.in_prison: §2D2.1(b)(1): “If the offense involved possession of a "
     "controlled substance in a prison, correctional facility, or detention facility, apply "
     "§2P1.2 (Providing or Possessing Contraband in Prison).” — a list I chemical is not"),
    ("1996", 'substance = "cocaine_base"\nin_prison = true', 'object = "narcotic_drug"',
     '[[offense.drugs]]\nsubstance = "cocaine base"\nquantity = "5.001 g"\n',
     "offense.possession.in_prison: §2D2.1(b)(1) (“If the defendant is convicted of possession "
     "of more than 5 grams"),
    ("1994", 'substance = "other"', 'object = "narcotic_drug"', "",
     "offense.possession.prison_contraband: §2D2.1 as it stood on Nov. 1, 1994 has no such "
     "fact"),
    ("2025", 'substance = "other"\nin_prison = true', 'object = "narcotic_drug"',
     _heroin("5 g"), "offense.drugs: §2P1.2 as it stood on Nov. 1, 2025 reads the drugs only"),
])
def test_2d2_1_prison_refusals(tmp_path, capsys, manual, facts, prison, offense, message):
    assert message in calc_refused(capsys, _possession(tmp_path, manual, facts, prison,
                                                       offense))


# Properties over the real table -----------------------------------------------------------

TABLE = load_table("prison_contraband")
DAYS = st.dates(dt.date(1987, 11, 1), dt.date(2025, 12, 15))


def _api_level(day: dt.date, obj: str, positions: list[str]) -> int:
    text = (f"sentencing_date = {day.isoformat()}\n[offense]\nguideline = \"2P1.2\"\n"
            f"[offense.prison_contraband]\nobject = \"{obj}\"\n"
            f"defendant_was = {positions!r}\n[criminal_history]\ncategory = \"VI\"\n"
            ).replace("'", '"')
    return calculate(parse_case(text)).result.total_offense_level


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=DAYS, obj=st.sampled_from(OBJECTS),
       positions=st.lists(st.sampled_from(POSITIONS), unique=True))
def test_levels_by_the_table(day, obj, positions):
    """On every date, the level is the (a) option naming the object in the version in force,
    plus 2 where (b)(1)'s words reach a position; a firearm is never below any other
    object; a position never lowers the level; the level stays within 1-43."""
    version = TABLE.in_force(min(day, TABLE.reviewed_through))  # the 2025 edition after it
    if obj in version.get("unplaced", {}):
        return
    base = next(o["level"] for o in version["base_levels"] if obj in o["objects"])
    reached = any(p in version["officer"]["covers"] for p in positions)
    level = _api_level(day, obj, positions)
    assert level == base + (2 if reached else 0)
    assert 1 <= level <= 43
    assert _api_level(day, "firearm", positions) >= level
    assert level >= _api_level(day, obj, [])


def test_the_example_computes(capsys):
    """examples/prison-contraband-2p1.2-2025.toml, worked by hand in its comments."""
    from tests.conftest import EXAMPLES
    result = calc_json(capsys, EXAMPLES / "prison-contraband-2p1.2-2025.toml")
    assert _steps(result) == [("§2P1.2(a)(2)", "= 13", 13), ("§2D1.1(c)(12)", "= 16", 16),
                              ("§2D1.1(b)(4)", "+2", 18), ("§2P1.2(c)(1)", "→ 18", 18),
                              ("§2P1.2(c)(1) (proviso)", "→ 26", 26)]
    assert result["total_offense_level"] == 26
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (63, 78)


def _cross_reference_level(day: dt.date, grams: int) -> int:
    """§2P1.2 with both § 1791 findings and (from Nov. 1, 1995) distribution, heroin."""
    distribution = day >= dt.date(1995, 11, 1)
    facts = STATUTE + ("\nobject_was_distribution = true" if distribution else "")
    prison = "prison_distribution = false\n" if distribution else ""
    text = (f"sentencing_date = {day.isoformat()}\n[offense]\nguideline = \"2P1.2\"\n{prison}"
            f"{_heroin(f'{grams} g')}[offense.prison_contraband]\nobject = \"narcotic_drug\"\n"
            f"{facts}\n[criminal_history]\ncategory = \"I\"\n")
    return calculate(parse_case(text)).result.total_offense_level


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=st.dates(dt.date(1989, 11, 1), dt.date(2025, 12, 15)),
       grams=st.integers(1, 50_000), more=st.integers(0, 50_000))
def test_cross_reference_more_drugs_never_lower_and_at_least_26(day, grams, more):
    """(c)(1) from Nov. 1, 1989: more heroin never lowers the level, and a § 1791(a)(1)
    conviction punishable under § 1791(b)(1) is never below 26 (1989: "in no event less than
    level 26"; 1995: "increase to level 26")."""
    low, high = _cross_reference_level(day, grams), _cross_reference_level(day, grams + more)
    assert 26 <= low <= high
