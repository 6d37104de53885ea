"""§2D1.11 (listed chemicals) and §2D1.13 (structuring chemical transactions), edition by
edition (tables/listed_chemical.toml, tables/chemical_structuring.toml).

Every expected level below is read by hand from the Manual's words, the line cited:
2016 Manual = ../shared/reference/ussg/manual_2016/GLM2016_fulltext.txt (the version of
Nov. 1, 2015, and, by Amendment 782 less 796's added unit, the version of Nov. 1, 2014),
2025 Manual = ../shared/reference/ussg/manual_2025/GLM2025_fulltext.txt. The worked cases
run the real command line in-process (``ussg calc FILE --format json``).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate, parse_case
from ussg.guidelines.case.counts import recognize_statute
from ussg.guidelines.cli import main
from ussg.guidelines.engine.tables import load_table

from tests.case.test_impossible_facts import _refused
from tests.manual.ch2.part_d.test_drug_guidelines_part_d import _calc, _chapter_two
from tests.conftest import EXAMPLES, REFERENCE

#: A date in each entered version: Nov. 1, 2014 (782, derived), Nov. 1, 2015 (796, the 2016
#: Manual), Nov. 1, 2025 (the 2025 Manual).
ERA_2014 = dt.date(2015, 3, 2)
ERA_2016 = dt.date(2016, 12, 15)
ERA_2025 = dt.date(2025, 12, 15)
ERAS = (ERA_2014, ERA_2016, ERA_2025)


def _chemical_case(chemicals: list[tuple[str, str]], *, date: dt.date = ERA_2025,
                   facts: str = "", role: str = "", drugs: list[tuple[str, str]] = ()) -> str:
    """A §2D1.11 case under 21 U.S.C. § 841(c)(2) (up to 20 years), category I."""
    rows = "".join(f'\n[[offense.listed_chemical.chemicals]]\nname = "{n}"\nquantity = "{q}"\n'
                   for n, q in chemicals)
    drug_rows = "".join(f'\n[[offense.drugs]]\nsubstance = "{s}"\nquantity = "{q}"\n'
                        for s, q in drugs)
    role_text = f"\n[adjustments.role]\n{role}\n" if role else ""
    return (f"sentencing_date = {date.isoformat()}\n\n[offense]\nguideline = \"2D1.11\"\n"
            f"statute = \"21 U.S.C. § 841(c)(2)\"\nstatutory_maximum_months = 240\n"
            f"{drug_rows}\n[offense.listed_chemical]\n{facts}\n{rows}{role_text}\n"
            f"[criminal_history]\ncategory = \"I\"\n")


def _structuring_case(state: str, chemicals: list[tuple[str, str]] = (), *,
                      date: dt.date = ERA_2025, facts: str = "") -> str:
    """A §2D1.13 case under 21 U.S.C. § 843(a)(4)(B) (up to 4 years, § 843(d)(1))."""
    table = ""
    if chemicals or facts:
        table = f"\n[offense.chemical_structuring.listed_chemical]\n{facts}\n" + "".join(
            f'\n[[offense.chemical_structuring.listed_chemical.chemicals]]\nname = "{n}"\n'
            f'quantity = "{q}"\n' for n, q in chemicals)
    return (f"sentencing_date = {date.isoformat()}\n\n[offense]\nguideline = \"2D1.13\"\n"
            f"statute = \"21 U.S.C. § 843(a)(4)(B)\"\nstatutory_maximum_months = 48\n\n"
            f"[offense.chemical_structuring]\nstate_of_mind = \"{state}\"\n{table}\n"
            f"[criminal_history]\ncategory = \"I\"\n")


def _base_level(chemicals: list[tuple[str, str]], date: dt.date) -> int:
    result = calculate(parse_case(_chemical_case(chemicals, date=date))).result
    return result.total_offense_level


# The tables, against the Manual's lines ---------------------------------------------------

MANUALS = {dt.date(2014, 11, 1): "manual_2016/GLM2016_fulltext.txt",
           dt.date(2015, 11, 1): "manual_2016/GLM2016_fulltext.txt",
           dt.date(2025, 11, 1): "manual_2025/GLM2025_fulltext.txt"}


def _printed(row: dict, name: str) -> str:
    if row.get("at_least") is None:
        return f"Less than {row['less_than']} of {name}"
    if row.get("less_than") is None:
        return f"{row['at_least']} or more of {name}"
    return f"At least {row['at_least']} but less than {row['less_than']} of {name}"


def test_every_row_is_on_the_manual_line_it_cites() -> None:
    """Each row of (d) and (e), in each entered version, is printed word for word on the line
    of the Manual its ``line`` names, and its level heads its paragraph ("(5) ... Level 30").
    Exceptions, both in the 2016 text: (d)(6) prints "Pseuodoephedrine" (entered under the
    chemical's name), and the version of Nov. 1, 2014 read "less than 400 of
    Norpseudoephedrine" in (e)(7) until Amendment 796 added the unit (Supplement lines
    5456-5457)."""
    table = load_table("listed_chemical")
    checked = 0
    for version in table.versions:
        if version.effective not in MANUALS:  # the Appendix C chain: its own test file
            continue
        lines = (REFERENCE / MANUALS[version.effective]).read_text(encoding="utf-8").split("\n")
        for chemical in version["chemicals"]:
            for row in chemical["rows"]:
                line = " ".join(lines[row["line"] - 1].split()).replace("3, 4-", "3,4-")
                name = chemical["name"]
                if name == "Pseudoephedrine" and row["paragraph"] == "(d)(6)" and \
                        version.effective < dt.date(2025, 11, 1):
                    name = "Pseuodoephedrine"
                words = _printed(row, name)
                assert words.split(",")[0] in line, (version.effective, row, line)
                header = next(lines[n] for n in range(row["line"] - 1, 0, -1)
                              if lines[n].lstrip().startswith(row["paragraph"][3:]))
                assert f"Level {row['level']}" in header, (version.effective, row, header)
                checked += 1
    assert checked == 3 * 319


# Threshold edges, hand-written from the Manual ----------------------------------------------

EDGES = [
    # (chemical, quantity, level, the Manual's line: 2016 / 2025)
    # (d)(1) "9 KG or more of Ephedrine; Level 38" (2016 l. 5013, 2025 l. 9593);
    # (d)(2) "At least 3 KG but less than 9 KG of Ephedrine; Level 36" (5019 / 9597)
    ("Ephedrine", "9 kg", 38), ("Ephedrine", "8999.999 g", 36), ("Ephedrine", "9000.001 g", 38),
    ("Ephedrine", "3 kg", 36), ("Ephedrine", "2999.999 g", 34),
    # (d)(4) "At least 300 G but less than 1 KG of Pseudoephedrine; Level 32" (5035 / 9607);
    # (d)(5) "At least 100 G but less than 300 G ... Level 30" (5041 / 9611)
    ("Pseudoephedrine", "300 g", 32), ("Pseudoephedrine", "299.999 g", 30),
    ("Pseudoephedrine", "300.001 g", 32),
    # (d)(13) "At least 1 G but less than 2 G ... Level 14", (d)(14) "Less than 1 G ... Level
    # 12" (5085-5091 / 9647-9651)
    ("Phenylpropanolamine", "1 g", 14), ("Phenylpropanolamine", "999 mg", 12),
    ("Phenylpropanolamine", "1.001 g", 14),
    # (e)(1) "2.7 KG or more of Benzaldehyde; Level 30", (e)(2) "At least 890 G but less than
    # 2.7 KG of Benzaldehyde; Level 28" (5105, 5149 / 9662, 9691)
    ("Benzaldehyde", "2.7 kg", 30), ("Benzaldehyde", "2699.999 g", 28),
    ("Benzaldehyde", "890 g", 28), ("Benzaldehyde", "889.999 g", 26),
    # (e)(3) "At least 376.2 G but less than 1.3 KG of Iodine; Level 26"; (e)(4) "At least
    # 125.4 G ... Level 24" (5223, 5285 / 9730, 9769)
    ("Iodine", "376.2 g", 26), ("Iodine", "376.199 g", 24), ("Iodine", "376.201 g", 26),
    # (e)(1) "3406.5 L or more of Gamma-butyrolactone; Level 30"; (e)(2) "At least 1135.5 L
    # but less than 3406.5 L"; Level 28 (5143, 5187 / 9687, 9710)
    ("Gamma-butyrolactone", "3406.5 l", 30), ("Gamma-butyrolactone", "3406499 ml", 28),
    ("Gamma-butyrolactone", "1135.5 l", 28), ("Gamma-butyrolactone", "1135499 ml", 26),
    # List II: (e)(2) "3525 KG or more of Acetone" (Level 28); (e)(3) "At least 1175 KG but
    # less than 3525 KG of Acetone" (Level 26) (5197, 5259 / 9716, 9755); (e)(10) "Less than
    # 9.4 KG of Acetone" (Level 12) (5699 / 10010)
    ("Acetone", "3525 kg", 28), ("Acetone", "3524.999 kg", 26), ("Acetone", "4000 kg", 28),
    ("Acetone", "9.4 kg", 14), ("Acetone", "9.399 kg", 12),
    # (e)(9) "3.6 KG or more of Anthranilic Acid" (Level 14); (e)(10) "Less than 3.6 KG of
    # Anthranilic Acid" (Level 12) (5583, 5649 / 9944, 9984): no higher row
    ("Anthranilic Acid", "3.6 kg", 14), ("Anthranilic Acid", "3599 g", 12),
    ("Anthranilic Acid", "100 kg", 14),
    # (e)(6) "At least 400 G but less than 700 G of Norpseudoephedrine" (Level 20); (e)(7)
    # "At least 100 G but less than 400 G" (Level 18): the line Amendment 796 gave its unit;
    # (e)(8) "At least 80 G but less than 100 G" (Level 16) (5421, 5483, 5545 / 9847, 9886,
    # 9924)
    ("Norpseudoephedrine", "400 g", 20), ("Norpseudoephedrine", "399.999 g", 18),
    ("Norpseudoephedrine", "100 g", 18), ("Norpseudoephedrine", "99.999 g", 16),
]


@pytest.mark.parametrize("date", ERAS, ids=lambda d: d.isoformat())
@pytest.mark.parametrize("chemical,quantity,level", EDGES)
def test_threshold_edges(chemical: str, quantity: str, level: int, date: dt.date) -> None:
    """Just below, at and just above each edge, in each entered version (the same numbers
    in 2014, 2016 and 2025: the lines cited in EDGES)."""
    assert _base_level([(chemical, quantity)], date) == level


def test_the_notes_single_chemical_and_aggregate() -> None:
    """Application Note 1(A)'s example (2025 lines 10055-10062): 5 kg of ephedrine (level 36)
    and 300 g of hydriodic acid (level 24): 36. Note 1(B)'s example (lines 10067-10069):
    80 g of ephedrine and 50 g of phenylpropanolamine, "an aggregate quantity of 130 grams
    ... level 30" (alone, 80 g is (d)(6) level 28). The same chemical twice is added up."""
    assert _base_level([("Ephedrine", "5 kg"), ("Hydriodic Acid", "300 g")], ERA_2025) == 36
    assert _base_level([("Ephedrine", "80 g"), ("Phenylpropanolamine", "50 g")], ERA_2025) == 30
    assert _base_level([("Ephedrine", "80 g")], ERA_2025) == 28
    # (e): not aggregated across chemicals (Note (A)): 300 g + 300 g of two (e) chemicals
    # stay (e)(4) level 24 each, but 300 g + 300 g of hydriodic acid are 600 g, still (e)(4)
    # ("At least 220 G but less than 660 G"), and 400 g + 300 g are 700 g, (e)(3) level 26.
    assert _base_level([("Hydriodic Acid", "300 g"), ("Iodine", "300 g")], ERA_2025) == 24
    assert _base_level([("Hydriodic Acid", "400 g"), ("Hydriodic Acid", "300 g")],
                       ERA_2025) == 26


# Worked cases through the command line, one per era -----------------------------------------

def test_worked_case_2025(tmp_path: Path, capsys) -> None:
    """2025 (lines 9534-10041): 2 kg of pseudoephedrine, (d)(3) "At least 1 KG but less than
    3 KG", Level 34 (line 9603); minor role: (a) "(ii) level 34 or level 36, decrease by 3
    levels": 31; (b)(1) weapon +2: 33; (b)(3) hazardous waste +2: 35; (b)(6) §5C1.2 criteria
    -2: 33. Chapter Three: §3B1.2(b) -2: 31."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Pseudoephedrine", "2 kg")], role='mitigating = "minor_participant"',
        facts="dangerous_weapon_possessed = true\nhazardous_release_or_waste = true\n"
              "safety_valve_criteria_met = true"))
    assert _chapter_two(result) == [
        ("§2D1.11(d)(3)", "= 34", 34), ("§2D1.11(a)", "-3", 31), ("§2D1.11(b)(1)", "+2", 33),
        ("§2D1.11(b)(3)", "+2", 35), ("§2D1.11(b)(6)", "-2", 33)]
    assert result["total_offense_level"] == 31


def test_worked_case_2016(tmp_path: Path, capsys) -> None:
    """2016 (lines 4981-5717): 12 kg of ephedrine, (d)(1) "9 KG or more", Level 38 (line
    5013); minimal participant: (a) "(iii) level 38, decrease by 4 levels": 34; (b)(2)
    convicted of § 841(c)(2) but knew or believed: "unless ..." not applied; (b)(4)
    mass-marketing +2: 36; (b)(5) § 865 +2: 38. Chapter Three: §3B1.2(a) -4: 34."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "12 kg")], date=ERA_2016, role='mitigating = "minimal_participant"',
        facts="convicted_without_knowledge_element = true\nknew_or_believed_manufacture = true\n"
              "mass_marketing = true\nconvicted_under_865 = true"))
    assert _chapter_two(result) == [
        ("§2D1.11(d)(1)", "= 38", 38), ("§2D1.11(a)", "-4", 34),
        ("§2D1.11(b)(2)", "not applied", 34), ("§2D1.11(b)(4)", "+2", 36),
        ("§2D1.11(b)(5)", "+2", 38)]
    assert result["total_offense_level"] == 34


def test_worked_case_2014(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2014 - Oct. 31, 2015 (Amendment 782, Supplement lines 2977-3103): 500 g of
    norpseudoephedrine, (e)(6) "At least 400 G but less than 700 G", Level 20 (the 2016 line
    5421, unchanged by 796); a mitigating role does not decrease an (e) level ((a): "the base
    offense level under subsection (d)"); (b)(2) -3: 17."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Norpseudoephedrine", "500 g")], date=ERA_2014, role='mitigating = "minor_participant"',
        facts="convicted_without_knowledge_element = true"))
    assert _chapter_two(result) == [("§2D1.11(e)(6)", "= 20", 20), ("§2D1.11(b)(2)", "-3", 17)]
    first = next(s for s in result["steps"] if s["chapter"] == "chapter_two")
    assert first["source"] == "Amendment 782, eff. Nov. 1, 2014"


def test_the_mitigating_role_decrease_only_at_32_and_above(tmp_path: Path, capsys) -> None:
    """(a)(B): only a (d) level of 32, 34, 36 or 38; at 30 ((d)(5), 200 g) none."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "200 g")], role='mitigating = "minor_participant"'))
    assert _chapter_two(result) == [("§2D1.11(d)(5)", "= 30", 30)]
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "500 g")], role='mitigating = "minor_participant"'))
    assert _chapter_two(result) == [("§2D1.11(d)(4)", "= 32", 32), ("§2D1.11(a)", "-2", 30)]


# The cross reference of (c)(1) into §2D1.1 -------------------------------------------------

def test_cross_reference_to_2d1_1_when_greater(tmp_path: Path, capsys) -> None:
    """(c)(1) (2025 line 9578-9582): 7 g of pseudoephedrine, (d)(10) "At least 6 G but less
    than 8 G", Level 20; the laboratory made 60 g of methamphetamine: §2D1.1(c)(8) (2025 DQT
    "At least 50 G but less than 200 G of Methamphetamine", Level 24) is greater: 24."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Pseudoephedrine", "7 g")], facts="manufacturing = true",
        drugs=[("methamphetamine", "60 g")]))
    assert _chapter_two(result) == [("§2D1.11(d)(10)", "= 20", 20), ("§2D1.1(c)(8)", "= 24", 24),
                                    ("§2D1.11(c)(1)", "→ 24", 24)]
    assert result["total_offense_level"] == 24


def test_cross_reference_not_applied_when_not_greater(tmp_path: Path, capsys) -> None:
    """2 kg of pseudoephedrine (level 34) and 60 g of methamphetamine (level 24): §2D1.11
    stays; the §2D1.1 level is shown not applied."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Pseudoephedrine", "2 kg")], facts="manufacturing = true",
        drugs=[("methamphetamine", "60 g")]))
    assert _chapter_two(result) == [("§2D1.11(d)(3)", "= 34", 34),
                                    ("§2D1.11(c)(1)", "not applied", 34)]


# Refusals ----------------------------------------------------------------------------------

@pytest.mark.parametrize("date,words", [
    (dt.date(2019, 1, 15), "2018"),  # 808, 813, 817 not held
    (dt.date(2025, 10, 31), "2025"),
])
def test_dates_without_a_checked_version_are_refused(tmp_path: Path, capsys, date: dt.date,
                                                    words: str) -> None:
    err = _refused(tmp_path, capsys, _chemical_case([("Ephedrine", "5 kg")], date=date))
    assert "§2D1.11" in err and words in err


def test_before_the_guideline_existed(tmp_path: Path, capsys) -> None:
    """§2D1.11 was added by Amendment 371, Nov. 1, 1991."""
    err = _refused(tmp_path, capsys, _chemical_case([("Ephedrine", "5 kg")],
                                                   date=dt.date(1991, 6, 1)))
    assert "Amendment 371" in err


@pytest.mark.parametrize("chemicals,facts,drugs,field", [
    ([("Ephedrin", "5 kg")], "", [], "offense.listed_chemical.chemicals[0].name"),
    ([("Ephedrine", "5 kg"), ("Gamma-butyrolactone", "5 kg")], "", [],
     "offense.listed_chemical.chemicals[1].quantity"),
    ([("Ephedrine", "5 kg")], "", [("methamphetamine", "60 g")], "offense.drugs"),
    ([("Ephedrine", "5 kg")], "manufacturing = true", [], "offense.listed_chemical.manufacturing"),
    ([("Ephedrine", "5")], "", [], "offense.listed_chemical.chemicals[0].quantity"),
])
def test_bad_facts_name_the_field(tmp_path: Path, capsys, chemicals, facts, drugs,
                                  field: str) -> None:
    err = _refused(tmp_path, capsys, _chemical_case(chemicals, facts=facts, drugs=drugs))
    assert field in err


def test_2d1_1_facts_without_manufacturing_are_refused(tmp_path: Path, capsys) -> None:
    """§2D1.1's facts ([offense] dangerous_weapon, ...) are read only by (c)(1)'s §2D1.1
    computation: without manufacturing they would be silently unused (§2D1.11 has its own
    weapon characteristic, (b)(1))."""
    text = _chemical_case([("Ephedrine", "5 kg")]).replace(
        "statutory_maximum_months = 240\n", "statutory_maximum_months = 240\n"
        "dangerous_weapon = true\n")
    err = _refused(tmp_path, capsys, text)
    assert "offense.dangerous_weapon" in err and "(c)(1)" in err


def test_the_listed_chemical_statutes_are_not_drug_quantity_statutes() -> None:
    """§ 841(c), (f) and § 960(d) have their own penalties; § 841(b) keeps its tiers."""
    assert recognize_statute("21 U.S.C. § 841(c)(2)").kind == "other"
    assert recognize_statute("21 U.S.C. § 841(f)(1)").kind == "other"
    assert recognize_statute("21 U.S.C. § 960(d)(1)").kind == "other"
    assert recognize_statute("21 U.S.C. § 841(b)(1)(C)").kind == "841"
    assert recognize_statute("21 U.S.C. § 960(b)(2)").kind == "960"


# Hypothesis: more chemical never lowers the level ------------------------------------------

NAMES = sorted({c["name"] for v in load_table("listed_chemical").versions
                if v.effective in MANUALS for c in v.get("chemicals", ())})
LITERS = {"Gamma-butyrolactone"}


def _amount(name: str, milli: int) -> str:
    return f"{Decimal(milli) / 1000} {'l' if name in LITERS else 'g'}"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date=st.sampled_from(ERAS),
       mix=st.lists(st.tuples(st.sampled_from(NAMES), st.integers(1, 10_000_000)),
                    min_size=1, max_size=4),
       which=st.integers(0, 3), more=st.integers(0, 10_000_000),
       weapon=st.booleans(), valve=st.booleans(), minor=st.booleans())
def test_more_chemical_never_lowers_the_level(date, mix, which, more, weapon, valve,
                                              minor) -> None:
    """In every entered version, more of any chemical never lowers the level, whatever else
    is found; the level for the Sentencing Table stays within 1-43."""
    facts = f"dangerous_weapon_possessed = {str(weapon).lower()}\n" \
            f"safety_valve_criteria_met = {str(valve).lower()}"
    role = 'mitigating = "minor_participant"' if minor else ""
    low_mix = [(n, _amount(n, m)) for n, m in mix]
    high = list(mix)
    name, milli = high[which % len(high)]
    high[which % len(high)] = (name, milli + more)
    high_mix = [(n, _amount(n, m)) for n, m in high]
    low = calculate(parse_case(_chemical_case(low_mix, date=date, facts=facts, role=role))).result
    up = calculate(parse_case(_chemical_case(high_mix, date=date, facts=facts, role=role))).result
    assert up.total_offense_level >= low.total_offense_level
    assert 1 <= low.table_offense_level <= 43 and 1 <= up.table_offense_level <= 43


# §2D1.13 -----------------------------------------------------------------------------------

def test_2d1_13_knew_or_believed_takes_the_whole_2d1_11_level(tmp_path: Path, capsys) -> None:
    """(a)(1) (2025 lines 10278-10281): "The offense level from §2D1.11" (comment. (n.1):
    with its characteristics): 300 g of ephedrine, (d)(4) Level 32 (line 9605), (b)(1) +2:
    34; (a)(1): 34."""
    result = _calc(tmp_path, capsys, _structuring_case(
        "knew_or_believed", [("Ephedrine", "300 g")], facts="dangerous_weapon_possessed = true"))
    assert _chapter_two(result) == [("§2D1.11(d)(4)", "= 32", 32), ("§2D1.11(b)(1)", "+2", 34),
                                    ("§2D1.13(a)(1)", "= 34", 34)]


def test_2d1_13_reason_to_believe_and_otherwise(tmp_path: Path, capsys) -> None:
    """(a)(2) (lines 10283-10286): the §2D1.11 level "reduced by 3 levels": 50 g of
    pseudoephedrine, (d)(7) Level 26 (line 9625): 23. (a)(3) "6, otherwise"."""
    result = _calc(tmp_path, capsys, _structuring_case("reason_to_believe",
                                                      [("Pseudoephedrine", "50 g")]))
    assert _chapter_two(result) == [("§2D1.11(d)(7)", "= 26", 26),
                                    ("§2D1.13(a)(2)", "= 23", 23)]
    result = _calc(tmp_path, capsys, _structuring_case("otherwise"))
    assert _chapter_two(result) == [("§2D1.13(a)(3)", "= 6", 6)]


def test_2d1_13_in_1995_follows_the_2d1_11_level(tmp_path: Path, capsys) -> None:
    """§2D1.13 exists from Nov. 1, 1991 (Amendment 371); (a)(1) takes the §2D1.11 level,
    computed from Nov. 1, 1991 (the backward chain, test_listed_chemicals_1991_2000.py):
    Dec. 1, 1995, 300 g of ephedrine, (6) "At least 200 G but less than 800 G of Ephedrine"
    Level 18 of the table Amendment 541 struck (App. C Vol. I line 18762)."""
    result = _calc(tmp_path, capsys, _structuring_case("otherwise", date=dt.date(1995, 12, 1)))
    assert _chapter_two(result) == [("§2D1.13(a)(3)", "= 6", 6)]
    result = _calc(tmp_path, capsys, _structuring_case(
        "knew_or_believed", [("Ephedrine", "300 g")], date=dt.date(1995, 12, 1)))
    assert _chapter_two(result) == [("§2D1.11(d)(6)", "= 18", 18), ("§2D1.13(a)(1)", "= 18", 18)]
    err = _refused(tmp_path, capsys, _structuring_case("otherwise", date=dt.date(1991, 6, 1)))
    assert "Amendment 371" in err


def test_2d1_13_facts_that_are_not_read_are_refused(tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _structuring_case("otherwise", [("Ephedrine", "3 g")]))
    assert "offense.chemical_structuring.listed_chemical" in err
    err = _refused(tmp_path, capsys, _structuring_case("knew_or_believed"))
    assert "offense.chemical_structuring.listed_chemical" in err
    err = _refused(tmp_path, capsys, _structuring_case("knew_or_believed", [("Ephedrin", "3 g")]))
    assert "offense.chemical_structuring.listed_chemical.chemicals[0].name" in err
    maximum = "statutory_maximum_months = 48\n"
    weapon = _structuring_case("otherwise").replace(maximum, maximum + "dangerous_weapon = true\n")
    err = _refused(tmp_path, capsys, weapon)
    assert "offense.dangerous_weapon" in err


def test_the_examples_compute(capsys) -> None:
    """The examples, worked by hand in their comments."""
    for name, (level, low, high) in {"listed-chemicals-2025.toml": (29, 87, 108),
                                     "chemical-structuring-2016.toml": (23, 46, 48),
                                     "listed-chemicals-2006.toml": (36, 188, 235),
                                     "listed-chemicals-1995.toml": (28, 78, 97)}.items():
        assert main(["calc", str(EXAMPLES / name), "--format", "json"]) == 0
        result = json.loads(capsys.readouterr()[0].splitlines()[0])
        assert result["total_offense_level"] == level, name
        within = result.get("statutory_range") or result["range"]
        assert (within["min_months"], within["max_months"]) == (low, high), name
