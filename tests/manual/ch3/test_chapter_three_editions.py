"""Chapter Three and Chapter Five as each edition wrote them, through the real command line:
the same facts give different steps where an amendment changed the rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.computation import Step
from ussg.guidelines.engine.editions import Edition
from ussg.guidelines.manual.ch5.part_e_fines import fine_range
from ussg.guidelines.statutes.penalties import Penalty
from ussg.guidelines.manual.ch5.part_d_supervised_release import count_term
from ussg.guidelines.engine.tables import in_force
from ussg.guidelines.engine.worksheet_builder import Worksheet

from tests.conftest import run_ussg

CASE = '''
{manual}
{dates}
[offense]
{offense}
drugs = [{{ substance = "cocaine base", quantity = "{quantity}" }}]
{extra}
[criminal_history]
category = "I"
'''


def compute(tmp_path: Path, manual: str, extra: str = "", offense: str = "",
            quantity: str = "6 g", dates: str = "") -> dict:
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(manual=f'manual = "{manual}"' if manual else "", extra=extra,
                                offense=offense, quantity=quantity, dates=dates))
    run = run_ussg("calc", path, "--format", "json")
    assert run.code == 0, run.err
    return run.json_lines()[0]


def chain(result: dict) -> list[tuple[str, str]]:
    return [(s["section"], s["change"]) for s in result["steps"] if s["chapter"] != "edition"]


def test_a_provision_the_edition_lacks_is_an_error_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(manual='manual = "1994-11-01"', dates="", offense="", quantity="6 g",
                                extra="[adjustments.victim]\nhate_crime = true\n"))
    run = run_ussg("calc", path)
    assert run.code == 2
    assert f"{path}: adjustments.victim.hate_crime: " in run.err
    assert "Amendment 521" in run.err and "not in this edition" in run.err


def test_in_the_earlier_manual_weighed_by_1b1_11_it_is_a_step(tmp_path: Path) -> None:
    """Sentenced in 1996 for a 1994 offense: the 1995 Manual adds the 3-level hate crime
    adjustment, so the range is higher; the Nov. 1, 1994 Manual is applied in its entirety
    (§1B1.11(b)), where the hate crime is shown as not in that Manual."""
    result = compute(tmp_path, "", "[adjustments.victim]\nhate_crime = true\n"
                     "vulnerable_victim = true\n",
                     dates="offense_date = 1994-12-01\nsentencing_date = 1996-03-01")
    assert "Nov. 1, 1994 edition" in result["manual"]
    assert chain(result)[1:3] == [("§3A1.1(a)", "not in this edition"), ("§3A1.1", "+2")]
    assert result["total_offense_level"] == 28  # 26 (6 g, (c)(7)) + 2 vulnerable victim
    # under the Nov. 1, 1995 Manual: 26 + 3 (hate crime) + 2 (vulnerable victim) = 31
    assert result["compared"][0]["result"]["total_offense_level"] == 31


def test_reckless_endangerment_exists_from_1990(tmp_path: Path) -> None:
    facts = ("[adjustments.obstruction]\nobstructed_justice = true\n"
             "reckless_endangerment_during_flight = true\n")
    result = compute(tmp_path, "1990-11-01", facts)
    assert chain(result)[1:3] == [("§3C1.1", "+2"), ("§3C1.2", "+2")]
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(manual='manual = "1989-11-01"', dates="", offense="", quantity="6 g",
                                extra=facts))
    run = run_ussg("calc", path)
    assert run.code == 2
    assert "adjustments.obstruction.reckless_endangerment_during_flight: " in run.err


@pytest.mark.parametrize(("manual", "role", "expected"), [
    # before Amendment 346 (Nov. 1, 1990): never together with §3B1.1
    ("1989-11-01", "abuse_of_trust = true", ("§3B1.3", "not applied")),
    ("1990-11-01", "abuse_of_trust = true", ("§3B1.3", "+2")),
    # a special skill alone never with §3B1.1
    ("1994-11-01", "special_skill = true", ("§3B1.3", "not applied")),
])
def test_abuse_of_trust_with_an_aggravating_role(tmp_path: Path, manual, role, expected) -> None:
    result = compute(tmp_path, manual, f"[adjustments.role]\naggravating = "
                     f"\"organizer_or_leader\"\nparticipants = 5\n{role}\n")
    assert chain(result)[2] == expected


@pytest.mark.parametrize(("manual", "facts", "expected"), [
    ("1991-11-01", "timely_assistance = true",
     [("§3E1.1(a)", "-2"), ("§3E1.1(b)", "not in this edition")]),
    ("1992-11-01", "timely_assistance = true", [("§3E1.1(a)", "-2"), ("§3E1.1(b)", "-1")]),
    ("1994-11-01", "government_motion = true", [("§3E1.1(a)", "-2"), ("§3E1.1(b)", "not applied")]),
    ("2025", "timely_assistance = true", [("§3E1.1(a)", "-2"), ("§3E1.1(b)", "not applied")]),
    ("2025", "government_motion = true", [("§3E1.1(a)", "-2"), ("§3E1.1(b)", "-1")]),
])
def test_acceptance_by_edition(tmp_path: Path, manual, facts, expected) -> None:
    result = compute(tmp_path, manual, f"[acceptance]\naccepted = true\n{facts}\n")
    assert chain(result)[1:3] == expected


def test_no_third_level_at_15(tmp_path: Path) -> None:
    # 1 g of cocaine base: 1994 table (c)(11), level 18; a minor role -2 = 16; -2 = 14 ...
    result = compute(tmp_path, "1994-11-01", "[adjustments.role]\nmitigating = "
                     "\"between_minimal_and_minor\"\n[acceptance]\naccepted = true\n"
                     "timely_assistance = true\n", quantity="1 g")
    # 18 -3 = 15: below 16 before (a), so only -2
    assert chain(result)[1:4] == [("§3B1.2", "-3"), ("§3E1.1(a)", "-2"),
                                  ("§3E1.1(b)", "not applied")]
    assert result["total_offense_level"] == 13


def test_crack_thresholds_follow_the_fair_sentencing_act_at_sentencing(tmp_path: Path) -> None:
    """20 g of cocaine base: § 841(b)(1)(B) before Aug. 3, 2010 (5 g), (C) after (28 g); an
    earlier offense sentenced after the Act gets the Act (Dorsey)."""
    quantity = 'statute = "21 U.S.C. § 841"\nstatutory_quantity = { substance = "crack", ' \
               'quantity = "20 g" }'
    before = compute(tmp_path, "1994-11-01", offense=quantity,
                     dates="offense_date = 2009-06-01\nsentencing_date = 2010-07-01")
    after = compute(tmp_path, "1994-11-01", offense=quantity,
                    dates="offense_date = 2009-06-01\nsentencing_date = 2010-09-01")
    assert before["counts"][0]["provision"] == "21 U.S.C. § 841(b)(1)(B)"
    assert after["counts"][0]["provision"] == "21 U.S.C. § 841(b)(1)(C)"
    assert (after["counts"][0]["minimum_months"], after["counts"][0]["maximum_months"]) == (0, 240)


@pytest.mark.parametrize(("offense", "sentenced", "minimum", "life"), [
    ("2018-06-01", "2018-11-01", 0, True),     # two priors before the First Step Act: life
    ("2018-06-01", "2019-02-01", 300, False),  # sentenced after it: 25 years (§ 401(c))
])
def test_two_priors_under_the_first_step_act(tmp_path: Path, offense, sentenced, minimum,
                                             life) -> None:
    result = compute(tmp_path, "1994-11-01", "[statutory]\nprior_drug_convictions = 2\n",
                     offense='statute = "21 U.S.C. § 841(b)(1)(A)"', quantity="300 g",
                     dates=f"offense_date = {offense}\nsentencing_date = {sentenced}")
    count = result["counts"][0]
    assert (count["minimum_months"], count["mandatory_life"]) == (minimum, life)


def test_safety_valve_findings_lift_the_statutory_minimum(tmp_path: Path) -> None:
    """The §5C1.2 criteria, all met ([offense.safety_valve], also §2D1.1's reduction from
    Nov. 1, 1995): the § 841(b)(1)(B) minimum does not bind; one criterion not met: it does."""
    findings = ("[offense.safety_valve]\ncriminal_history = true\nno_violence_or_weapon = true\n"
                "no_death_or_serious_bodily_injury = true\nnot_organizer_or_cce = true\n"
                "truthful_disclosure = {met}\n")
    offense = 'statute = "21 U.S.C. § 841(b)(1)(B)"'
    met = compute(tmp_path, "1995-11-01", findings.format(met="true"), offense=offense)
    unmet = compute(tmp_path, "1995-11-01", findings.format(met="false"), offense=offense)
    assert met["counts"][0]["minimum_binds"] is False
    assert unmet["counts"][0]["minimum_binds"] is True
    # 6 g cocaine base, 1995 table level 26, -2 (safety valve, level 26 or greater) = 24:
    # 51-63 months; without the minimum the range stands, with it 60-63
    assert (met["statutory_range"]["min_months"], met["statutory_range"]["max_months"]) == (51, 63)


def test_safety_valve_between_5c1_2_and_the_2d1_1_reduction(tmp_path: Path) -> None:
    """Sentenced Mar. 1, 1995: §5C1.2 (Amendment 509, Sept. 23, 1994) lifts the § 841(b)(1)(B)
    minimum, but §2D1.1 has no reduction until Amendment 515 (Nov. 1, 1995): level 26 stays.
    Before Sept. 23, 1994 neither exists and the finding is refused, naming it."""
    findings = ("[offense.safety_valve]\ncriminal_history = true\nno_violence_or_weapon = true\n"
                "no_death_or_serious_bodily_injury = true\nnot_organizer_or_cce = true\n"
                "truthful_disclosure = {met}\n")
    offense = 'statute = "21 U.S.C. § 841(b)(1)(B)"'
    met = compute(tmp_path, "", findings.format(met="true"), offense=offense,
                  dates="sentencing_date = 1995-03-01")
    unmet = compute(tmp_path, "", findings.format(met="false"), offense=offense,
                    dates="sentencing_date = 1995-03-01")
    assert met["total_offense_level"] == unmet["total_offense_level"] == 26
    assert met["counts"][0]["minimum_binds"] is False
    assert unmet["counts"][0]["minimum_binds"] is True
    steps = {(s["section"], s["change"]) for s in met["steps"]}
    assert ("§5C1.2(5)", "met") in steps and ("§2D1.1(b)", "not in this edition") in steps
    path = tmp_path / "early.toml"
    path.write_text(CASE.format(manual="", dates="sentencing_date = 1994-06-01", offense=offense,
                                quantity="6 g", extra=findings.format(met="true")))
    run = run_ussg("calc", path)
    assert run.code == 2 and "offense.safety_valve" in run.err and "Traceback" not in run.err


@pytest.mark.parametrize(("manual", "dates", "warned"), [
    ("", "sentencing_date = 2020-05-01", True),      # 2018 Manual, First Step Act in force
    ("", "sentencing_date = 2023-10-31", True),
    ("2018-11-01", "", False),                       # before Dec. 21, 2018
    ("", "sentencing_date = 2018-12-20", False),
    ("", "sentencing_date = 2023-11-01", False),     # Amendment 817: the Manual conforms
])
def test_first_step_act_safety_valve_criterion_differs_from_the_manual(
        tmp_path: Path, manual: str, dates: str, warned: bool) -> None:
    """From Dec. 21, 2018 (First Step Act § 402) to Oct. 31, 2023 (Amendment 817), 18 U.S.C.
    § 3553(f)(1) and §5C1.2(a)(1) differ: the worksheet says so, quoting the statute."""
    findings = ("[offense.safety_valve]\ncriminal_history = true\nno_violence_or_weapon = true\n"
                "no_death_or_serious_bodily_injury = true\nnot_organizer_or_cce = true\n"
                "truthful_disclosure = true\n")
    result = compute(tmp_path, manual, findings, offense='statute = "21 U.S.C. § 841(b)(1)(B)"',
                     quantity="30 g", dates=dates)
    notes = [w for w in result["warnings"] if "not the statute's criterion" in w]
    assert len(notes) == (1 if warned else 0)
    if warned:
        assert "more than 4 criminal history points" in notes[0]
        assert "Pub. L. 115-391, § 402" in notes[0] and "Dec. 21, 2018" in notes[0]
    assert result["counts"][0]["minimum_binds"] is False


# Versions the supported editions do not reach yet, read directly from the tables -----------

def _sheet(day: dt.date) -> Worksheet:
    return Worksheet(Edition(day, day, ()))


def test_2025_acceptance_requires_a_government_motion() -> None:
    version = in_force("acceptance_of_responsibility", dt.date(2025, 11, 1))
    assert version["additional_requires"] == "government_motion"
    assert in_force("acceptance_of_responsibility", dt.date(2003, 4, 29))[
        "additional_requires"] == "timely_assistance"


@pytest.mark.parametrize(("day", "klass", "required", "expected"), [
    (dt.date(1994, 11, 1), "C", 3, (3, 5)),   # former (a): 3-5 years or the statute's minimum
    (dt.date(1995, 11, 1), "C", 3, (3, 3)),   # by class (2-3), not less than the statute's 3
    (dt.date(2011, 11, 1), "B", None, (2, 5)),
    (dt.date(2025, 11, 1), "B", 4, (4, 5)),   # no guideline minimum; the statute's 4
    (dt.date(2025, 11, 1), "A", 10, (10, 10)),
])
def test_supervised_release_terms_by_era(day, klass, required, expected) -> None:
    penalty = Penalty("Count 1", "", "", 0, 240, felony_class=klass,
                      supervised_release_minimum=required)
    assert count_term(in_force("supervised_release_terms", day), penalty) == expected


def test_fine_table_special_instruction_for_offenses_before_nov_2015() -> None:
    sheet = _sheet(dt.date(2016, 11, 1))
    penalty = Penalty("Count 1", "", "", 0, 240, felony_class="C", maximum_fine=250000)
    old = Case.model_validate({"manual": "2016", "offense_date": dt.date(2015, 6, 1),
                               "criminal_history": {"category": "I"}})
    new = old.model_copy(update={"offense_date": dt.date(2015, 12, 1)})
    assert fine_range(sheet, old, 20, [penalty]).min_dollars == 7500   # 2014 table, 20-22
    assert fine_range(sheet, new, 20, [penalty]).min_dollars == 15000  # 2015 table
    steps: list[Step] = sheet.steps
    assert steps[0].section == "§5E1.2(h)(1), (c)"


def test_early_disposition_is_chapter_three_in_2025() -> None:
    assert in_force("early_disposition", dt.date(2025, 11, 1))["section_applied"] == "§3F1.1"
    assert in_force("early_disposition", dt.date(2016, 11, 1))["section_applied"] == "§5K3.1"
    assert not in_force("early_disposition", dt.date(2003, 10, 26))["exists"]
