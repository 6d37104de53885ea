"""§2D1.11 from May 1, 2001 to Oct. 31, 2014: the versions derived from Appendix C
(tables/listed_chemical.toml), Amendment 611's full printing of the tables (in force May 1,
2001, designated (d)(1) and (d)(2)) chained through 625, 646, 661, 667, 668, 679, 705, 707,
745 and 763.

Lines cited: Vol. II = ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_II.txt,
Vol. III = .../APPENDIX_C_Vol_III.txt, Supplement = .../APPENDIX_C_Supplement.txt. The worked
cases run the real command line (``ussg calc FILE --format json``).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate, parse_case
from ussg.guidelines.engine.quantity import parse_quantity
from ussg.guidelines.engine.tables import load_table

from tests.case.test_impossible_facts import _refused
from tests.conftest import REFERENCE
from tests.manual.ch2.part_d.test_drug_guidelines_part_d import _calc, _chapter_two
from tests.manual.ch2.s2d1_11.test_listed_chemicals import _chemical_case, _structuring_case

#: A date in each derived version (its amendments).
ERA_611 = dt.date(2001, 7, 2)    # 611 (emergency amendment; tables (d)(1), (d)(2))
ERA_2001 = dt.date(2002, 3, 1)   # 625 (611's tables as (d) and (e))
ERA_2002 = dt.date(2003, 3, 1)   # 646
ERA_2003 = dt.date(2004, 3, 1)   # 661 (Red Phosphorus)
ERA_2004 = dt.date(2005, 3, 1)   # 667, 668 (liters; (a) reads "(e)")
ERA_2005 = dt.date(2006, 3, 1)   # 679
ERA_2007 = dt.date(2008, 3, 1)   # 705, 707
ERA_2010 = dt.date(2011, 3, 1)   # 745, 746 (Iodine to List I)
ERA_2012 = dt.date(2013, 3, 1)   # 763, 770
ERAS = (ERA_611, ERA_2001, ERA_2002, ERA_2003, ERA_2004, ERA_2005, ERA_2007, ERA_2010, ERA_2012)
CHAIN = [v for v in load_table("listed_chemical").versions
         if dt.date(2001, 5, 1) <= v.effective < dt.date(2014, 11, 1)]


def _level(chemical: str, quantity: str, date: dt.date) -> int:
    return calculate(parse_case(_chemical_case([(chemical, quantity)], date=date))).result \
        .total_offense_level


# Each row on the line of Appendix C it cites -------------------------------------------------

def _words(row: dict) -> str:
    if row.get("at_least") is None:
        return f"Less than {row['less_than']}"
    if row.get("less_than") is None:
        return f"{row['at_least']} or more"
    return f"At least {row['at_least']} but less than {row['less_than']}"


def test_the_chain_is_the_eight_versions() -> None:
    assert [v.effective for v in CHAIN] == [dt.date(2001, 5, 1)] + [
        dt.date(y, 11, 1) for y in (2001, 2002, 2003, 2004, 2005, 2007, 2010, 2012)]
    assert all(v["verification"] == "derived" for v in CHAIN)


def test_every_row_is_printed_on_the_appendix_c_line_it_cites() -> None:
    """Each row's quantity words and its chemical (the first word of its name) are on the
    line it cites (commas of "10,000 KG" dropped; Amendment 611's "less than 400 of
    Norpseudoephedrine" without its unit, Vol. II line 4335; "3 KG or More of
    Pseudoephedrine", line 4139; "Pseuodoephedrine", line 4153); its level is the level of its
    paragraph, (d)(n) = 40 - 2n, (e)(n) = 32 - 2n, as every heading of 611 prints it."""
    checked = 0
    texts: dict[str, list[str]] = {}
    for version in CHAIN:
        for chemical in version["chemicals"]:
            first = chemical["name"].split()[0].split(",")[0].replace("3,4-", "3, 4-")
            for row in chemical["rows"]:
                lines = texts.setdefault(row["file"], (REFERENCE / row["file"]).read_text(
                    encoding="utf-8").split("\n"))
                line = " ".join(lines[row["line"] - 1].split()).replace(",000", "000") \
                    .replace("or More", "or more").replace("Pseuodo", "Pseudo")
                words = _words(row)
                if row["line"] == 4335:
                    words = words.replace("400 G", "400")
                assert f"{words} of {first[:5]}" in line, (version.effective, chemical["name"], row,
                                                       line)
                n = int(row["paragraph"].rsplit("(", 1)[1][:-1])
                assert row["level"] == (40 - 2 * n if chemical["table"] == "d" else 32 - 2 * n)
                checked += 1
    assert checked == 291 + 310 * 2 + 320 * 4 + 321 * 2


def test_the_611_headings_print_the_levels() -> None:
    """Vol. II lines 4133-4472: "(1) 3 KG or more of Ephedrine; Level 38" ... "(14) Less than
    500 MG of Ephedrine; Level 12"; "(1) List I Chemicals Level 30" ... "(10) ... Level 12"."""
    lines = (REFERENCE / "appendix_c_2016/APPENDIX_C_Vol_II.txt").read_text(
        encoding="utf-8").split("\n")[4132:4472]
    d = [int(m.group(2)) for m in (re.match(r"\((\d+)\) .* of Ephedrine; Level (\d+)", x)
                                   for x in lines) if m]
    e = [int(m.group(2)) for m in (re.match(r"\((\d+)\) List I Chemicals Level (\d+)", x)
                                   for x in lines) if m]
    assert d == [40 - 2 * n for n in range(1, 15)] and e == [32 - 2 * n for n in range(1, 11)]


def _after_782(version) -> dict[str, dict[str, tuple]]:
    """Amendment 782's words (Supplement lines 2977-3103) applied to a table: (d)(14) and
    (e)(10) struck, (1)-(13) / (1)-(9) redesignated (2)-(14) / (2)-(10), each "Level N" made
    N - 2, (d)(2) "3 KG or more" made "At least 3 KG but less than 9 KG", the last rows'
    "At least ... but less" made "Less". Rows 782 rewrote without quoting the old words
    ((d)(1), (e)(1)-(2), List II of (e)(3)) are left out."""
    out: dict[str, dict[str, tuple]] = {}
    for chemical in version["chemicals"]:
        rows = {}
        for row in chemical["rows"]:
            table, n = chemical["table"], int(row["paragraph"][4:-1]) + 1
            last = 14 if table == "d" else 10
            if n > last:
                continue
            at_least, less_than = row.get("at_least"), row.get("less_than")
            if table == "d" and n == 2:
                assert (at_least, less_than) == ("3 KG", None)
                less_than = "9 KG"
            if n == last:
                at_least = None
            if table == "e" and (n <= 2 or (n == 3 and chemical["list"] == "II")):
                continue
            rows[f"({table})({n})"] = (row["level"] - 2, at_least and parse_quantity(at_least),
                                       less_than and parse_quantity(less_than))
        out[chemical["name"]] = rows
    return out


def test_amendment_782_applied_to_the_2012_table_gives_the_2014_table() -> None:
    """The chain's last table, amended by 782's quoted words, equals the Nov. 1, 2014 version
    (the 2016 Manual less 796) on every row 782 did not rewrite: no amendment between 611
    and 782 changed a row unseen."""
    after = _after_782(CHAIN[-1])
    entered = next(v for v in load_table("listed_chemical").versions
                   if v.effective == dt.date(2014, 11, 1))
    compared = 0
    for chemical in entered["chemicals"]:
        for row in chemical["rows"]:
            expected = after[chemical["name"]].get(row["paragraph"])
            if expected is None:
                continue
            got = (row["level"], row.get("at_least") and parse_quantity(row["at_least"]),
                   row.get("less_than") and parse_quantity(row["less_than"]))
            assert got == expected, (chemical["name"], row)
            compared += 1
    assert compared == 260
    assert set(after) == {c["name"] for c in entered["chemicals"]}


# Threshold edges of every row each amendment changed -----------------------------------------

EDGES = [
    # (date, chemical, quantity, level); Vol. II unless said.
    # 611 (d)(1) "3 KG or more of Ephedrine; Level 38" (l. 4137), (d)(2) "At least 1 KG but
    # less than 3 KG ... Level 36" (l. 4140)
    (ERA_2001, "Ephedrine", "3 kg", 38), (ERA_2001, "Ephedrine", "2999.999 g", 36),
    (ERA_2001, "Ephedrine", "3000.001 g", 38), (ERA_2012, "Ephedrine", "3 kg", 38),
    (ERA_611, "Ephedrine", "3 kg", 38), (ERA_611, "Ephedrine", "2999.999 g", 36),
    (ERA_611, "Pseudoephedrine", "500 mg", 14), (ERA_611, "Pseudoephedrine", "499.999 mg", 12),
    (ERA_611, "Benzaldehyde", "890 g", 30), (ERA_611, "Benzaldehyde", "889.999 g", 28),
    (ERA_2012, "Ephedrine", "2999.999 g", 36),
    # (d)(4) "At least 100 G but less than 300 G of Pseudoephedrine; Level 32" (l. 4150),
    # (d)(5) "At least 70 G ... Level 30" (l. 4153)
    (ERA_2007, "Pseudoephedrine", "100 g", 32), (ERA_2007, "Pseudoephedrine", "99.999 g", 30),
    (ERA_2007, "Pseudoephedrine", "100.001 g", 32),
    # (d)(13) "At least 500 MG but less than 1 G of Phenylpropanolamine; Level 14" (l. 4176),
    # (d)(14) "Less than 500 MG ... Level 12" (l. 4179)
    (ERA_2004, "Phenylpropanolamine", "500 mg", 14),
    (ERA_2004, "Phenylpropanolamine", "499 mg", 12),
    (ERA_2004, "Phenylpropanolamine", "501 mg", 14),
    # (e)(1) "890 G or more of Benzaldehyde" (Level 30, l. 4187), (e)(2) "At least 267 G but
    # less than 890 G" (Level 28, l. 4206)
    (ERA_2002, "Benzaldehyde", "890 g", 30), (ERA_2002, "Benzaldehyde", "889.999 g", 28),
    (ERA_2002, "Benzaldehyde", "267 g", 28), (ERA_2002, "Benzaldehyde", "266.999 g", 26),
    # (e)(6) "At least 100 G but less than 400 of Norpseudoephedrine" (Level 20, l. 4335),
    # (e)(7) "At least 80 G but less than 100 G" (Level 18, l. 4363)
    (ERA_2001, "Norpseudoephedrine", "399.999 g", 20), (ERA_2001, "Norpseudoephedrine", "400 g", 22),
    (ERA_2001, "Norpseudoephedrine", "100 g", 20), (ERA_2001, "Norpseudoephedrine", "99.999 g", 18),
    # 625: "10,000 KG or more of Gamma-butyrolactone" (e)(1) (l. 8257), "At least 3,000 KG but
    # less than 10,000 KG" (e)(2) (l. 8262); "Less than 40 KG" (e)(10) (l. 8313)
    (ERA_2003, "Gamma-butyrolactone", "10000 kg", 30),
    (ERA_2003, "Gamma-butyrolactone", "9999.999 kg", 28),
    (ERA_2003, "Gamma-butyrolactone", "40 kg", 14),
    (ERA_2003, "Gamma-butyrolactone", "39.999 kg", 12),
    # 625 List II: "376.2 G or more of Iodine" (e)(2) Level 28 (l. 8265); "At least 125.4 G
    # but less than 376.2 G" (e)(3) (l. 8271); "Less than 5 G" (e)(10) (l. 8315)
    (ERA_2001, "Iodine", "376.2 g", 28), (ERA_2001, "Iodine", "376.199 g", 26),
    (ERA_2001, "Iodine", "100 kg", 28), (ERA_2007, "Iodine", "5 g", 14),
    (ERA_2007, "Iodine", "4.999 g", 12),
    # 667 (Vol. III): "2271 L or more of Gamma-butyrolactone" (e)(1) (l. 3501); "At least
    # 681.3 L but less than 2271 L" (e)(2) (l. 3504); "Less than 9.1 L" (e)(10) (l. 3536)
    (ERA_2004, "Gamma-butyrolactone", "2271 l", 30),
    (ERA_2004, "Gamma-butyrolactone", "2270.999 l", 28),
    (ERA_2004, "Gamma-butyrolactone", "9.1 l", 14), (ERA_2004, "Gamma-butyrolactone", "9.099 l", 12),
    # 679 (Vol. III): "1135.5 L or more" (e)(1) (l. 5979); "At least 340.7 L but less than
    # 1135.5 L" (e)(2) (l. 5981); "Less than 4.5 L" (e)(10) (l. 6003)
    (ERA_2005, "Gamma-butyrolactone", "1135.5 l", 30),
    (ERA_2005, "Gamma-butyrolactone", "1135.499 l", 28),
    (ERA_2012, "Gamma-butyrolactone", "340.7 l", 28),
    (ERA_2012, "Gamma-butyrolactone", "340.699 l", 26),
    (ERA_2005, "Gamma-butyrolactone", "4.5 l", 14), (ERA_2005, "Gamma-butyrolactone", "4.499 l", 12),
    # 661: "714 G or more of Red Phosphorus" (e)(1) (l. 17022); "At least 214 G but less than
    # 714 G" (e)(2) (l. 17027); "Less than 3 G" (e)(10) (l. 17051)
    (ERA_2003, "Red Phosphorus", "714 g", 30), (ERA_2003, "Red Phosphorus", "713.999 g", 28),
    (ERA_2003, "Red Phosphorus", "3 g", 14), (ERA_2003, "Red Phosphorus", "2.999 g", 12),
    # 667 inserted ", White Phosphorus, or Hypophosphorous Acid" (Vol. III lines 3502-3536)
    (ERA_2004, "Red Phosphorus, White Phosphorus, or Hypophosphorous Acid", "714 g", 30),
    (ERA_2004, "Red Phosphorus, White Phosphorus, or Hypophosphorous Acid", "713.999 g", 28),
    # 745 (Vol. III): "1.3 KG or more of Iodine" (e)(1) List I (l. 15219); "At least 376.2 G
    # but less than 1.3 KG" (e)(2) (l. 15220); "Less than 5 G" (e)(10) (l. 15228)
    (ERA_2010, "Iodine", "1.3 kg", 30), (ERA_2010, "Iodine", "1299.999 g", 28),
    (ERA_2010, "Iodine", "376.2 g", 28), (ERA_2010, "Iodine", "376.199 g", 26),
    (ERA_2010, "Iodine", "5 g", 14), (ERA_2010, "Iodine", "4.999 g", 12),
]


@pytest.mark.parametrize("date,chemical,quantity,level", EDGES)
def test_threshold_edges(date: dt.date, chemical: str, quantity: str, level: int) -> None:
    assert _level(chemical, quantity, date) == level


def test_the_names_each_edition_prints(tmp_path: Path, capsys) -> None:
    """"Red Phosphorus" is a chemical of (e) from Nov. 1, 2003 (661) until 667 renamed it
    (Nov. 1, 2004); Gamma-butyrolactone is weighed (KG) until 667 measured it in liters."""
    err = _refused(tmp_path, capsys, _chemical_case([("Red Phosphorus", "1 kg")], date=ERA_2002))
    assert "offense.listed_chemical.chemicals[0].name" in err
    err = _refused(tmp_path, capsys, _chemical_case([("Red Phosphorus", "1 kg")], date=ERA_2004))
    assert "offense.listed_chemical.chemicals[0].name" in err
    err = _refused(tmp_path, capsys, _chemical_case([("Gamma-butyrolactone", "50 l")],
                                                   date=ERA_2003))
    assert "offense.listed_chemical.chemicals[0].quantity" in err and "mass" in err
    err = _refused(tmp_path, capsys, _chemical_case([("Gamma-butyrolactone", "50 kg")],
                                                   date=ERA_2004))
    assert "offense.listed_chemical.chemicals[0].quantity" in err


# Worked cases through the command line, one per era ------------------------------------------

def test_worked_case_611(tmp_path: Path, capsys) -> None:
    """May 1 - Oct. 31, 2001 (611, an emergency amendment): 12 g of ephedrine, table (d)(1)
    "(7) At least 10 G but less than 40 G of Ephedrine; Level 26" (Vol. II l. 4157); 500 g of
    hydriodic acid, table (d)(2) "(3) ... At least 220 G but less than 660 G of Hydriodic
    Acid" Level 26 (l. 4241): equal levels, the first reading is kept and the other set
    aside (Note (A)); (b)(1) +2: 28. Gamma-butyrolactone is not in 611's tables (625 added
    it)."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "12 g"), ("Hydriodic Acid", "500 g")], date=ERA_611,
        facts="dangerous_weapon_possessed = true"))
    assert _chapter_two(result) == [("§2D1.11(d)(1)(7)", "= 26", 26),
                                    ("§2D1.11(d)(2)(3)", "level 26: set aside", 26),
                                    ("§2D1.11(b)(1)", "+2", 28)]
    first = next(s for s in result["steps"] if s["chapter"] == "chapter_two")
    assert first["source"] == "Amendment 611, eff. May 1, 2001"
    err = _refused(tmp_path, capsys, _chemical_case([("Gamma-butyrolactone", "50 kg")],
                                                   date=ERA_611))
    assert "offense.listed_chemical.chemicals[0].name" in err
    err = _refused(tmp_path, capsys, _chemical_case([("Benzaldehyde", "5 l")], date=ERA_611))
    assert "§2D1.11(d)(2)" in err


def test_worked_case_2001(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2001 (611 + 625): 150 g of ephedrine and 60 g of pseudoephedrine, Note (B):
    210 g, (d)(4) "At least 100 G but less than 300 G", Level 32 (Vol. II l. 4148); a minor
    role does not decrease it ((a) has no decrease before 668); (b)(2) (the words before 667:
    "§§ 841(d)(2), (g)(1), or 960(d)(2)") -3: 29; (b)(3) +2: 31. §3B1.2(b) -2: 29."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "150 g"), ("Pseudoephedrine", "60 g")], date=ERA_2001,
        role='mitigating = "minor_participant"',
        facts="convicted_without_knowledge_element = true\nhazardous_release_or_waste = true"))
    assert _chapter_two(result) == [("§2D1.11(d)(4)", "= 32", 32), ("§2D1.11(b)(2)", "-3", 29),
                                    ("§2D1.11(b)(3)", "+2", 31)]
    assert result["total_offense_level"] == 29
    step = next(s for s in result["steps"] if s["section"] == "§2D1.11(b)(2)")
    assert "841(d)(2), (g)(1), or 960(d)(2)" in step["reason"]
    first = next(s for s in result["steps"] if s["chapter"] == "chapter_two")
    assert first["source"] == "Amendment 625, eff. Nov. 1, 2001"


def test_worked_case_2003(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2003 (661): 250 g of red phosphorus, (e)(2) "At least 214 G but less than
    714 G of Red Phosphorus", Level 28 (l. 17027); 20 g of hydriodic acid, (e)(7) "At least
    17.6 G but less than 22 G of Hydriodic Acid", Level 18 (611, l. 4357), set aside (Note
    (A)); (b)(1) +2: 30."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Red Phosphorus", "250 g"), ("Hydriodic Acid", "20 g")], date=ERA_2003,
        facts="dangerous_weapon_possessed = true"))
    assert _chapter_two(result) == [("§2D1.11(e)(2)", "= 28", 28),
                                    ("§2D1.11(e)(7)", "level 18: set aside", 28),
                                    ("§2D1.11(b)(1)", "+2", 30)]


def test_worked_case_2004_the_decrease_reads_e(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2004 - Oct. 31, 2007: (a) as 668 printed it, "the base offense level under
    subsection (e) is (i) level 32 ..." (Vol. III l. 3722): 2 kg of ephedrine, (d)(2) Level 36
    (l. 4140), minor role: not decreased, shown "not applied"; (b)(4) +2 (667): 38."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "2 kg")], date=ERA_2005, role='mitigating = "minor_participant"',
        facts="mass_marketing = true"))
    assert _chapter_two(result) == [("§2D1.11(d)(2)", "= 36", 36),
                                    ("§2D1.11(a)", "not applied", 36),
                                    ("§2D1.11(b)(4)", "+2", 38)]


def test_worked_case_2007_the_decrease_reads_d(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2007 (707 struck "(e)" and inserted "(d)", Vol. III l. 9355): 2 kg of
    ephedrine, (d)(2) Level 36, minor role "(ii) level 34 or level 36, decrease by 3 levels":
    33; (b)(5) § 865 +2 (705): 35."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "2 kg")], date=ERA_2007, role='mitigating = "minor_participant"',
        facts="convicted_under_865 = true"))
    assert _chapter_two(result) == [("§2D1.11(d)(2)", "= 36", 36), ("§2D1.11(a)", "-3", 33),
                                    ("§2D1.11(b)(5)", "+2", 35)]


def test_worked_case_2010_and_2012(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2010 (745): 400 g of iodine, List I (e)(2) "At least 376.2 G but less than
    1.3 KG", Level 28 (Vol. III l. 15220); before 745 the same 400 g was List II (e)(2)
    "376.2 G or more", also 28. Nov. 1, 2012 (763): (b)(6) -2: 26."""
    result = _calc(tmp_path, capsys, _chemical_case([("Iodine", "400 g")], date=ERA_2010))
    assert _chapter_two(result) == [("§2D1.11(e)(2)", "= 28", 28)]
    step = next(s for s in result["steps"] if s["section"] == "§2D1.11(e)(2)")
    assert "(list I)" in step["input"]
    result = _calc(tmp_path, capsys, _chemical_case([("Iodine", "400 g")], date=ERA_2007))
    step = next(s for s in result["steps"] if s["section"] == "§2D1.11(e)(2)")
    assert "(list II)" in step["input"]
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Iodine", "400 g")], date=ERA_2012, facts="safety_valve_criteria_met = true"))
    assert _chapter_two(result) == [("§2D1.11(e)(2)", "= 28", 28), ("§2D1.11(b)(6)", "-2", 26)]


def test_2d1_13_follows_2d1_11_on_the_new_dates(tmp_path: Path, capsys) -> None:
    """§2D1.13(a)(2) on Nov. 1, 2005: the §2D1.11 level reduced by 3: 1135.5 l of
    gamma-butyrolactone, (e)(1) Level 30 (679, Vol. III l. 5979): 27."""
    result = _calc(tmp_path, capsys, _structuring_case(
        "reason_to_believe", [("Gamma-butyrolactone", "1135.5 l")], date=ERA_2005))
    assert _chapter_two(result) == [("§2D1.11(e)(1)", "= 30", 30),
                                    ("§2D1.13(a)(2)", "= 27", 27)]


# Refusals ------------------------------------------------------------------------------------

@pytest.mark.parametrize("date,fact,added", [
    (ERA_2003, "mass_marketing", "(b)(4)"),          # 667, Nov. 1, 2004
    (ERA_2005, "convicted_under_865", "(b)(5)"),     # 705, Nov. 1, 2007
    (ERA_2010, "safety_valve_criteria_met", "(b)(6)"),  # 763, Nov. 1, 2012
])
def test_a_characteristic_the_edition_lacks_is_refused(tmp_path: Path, capsys, date: dt.date,
                                                       fact: str, added: str) -> None:
    err = _refused(tmp_path, capsys, _chemical_case([("Ephedrine", "5 g")], date=date,
                                                   facts=f"{fact} = true"))
    assert f"offense.listed_chemical.{fact}" in err and added not in err.split("(its (b)")[1]


# Nov. 1, 2000 - Apr. 30, 2001: the table Amendment 611 struck ------------------------------

ERA_2000 = dt.date(2001, 1, 15)
V2000 = next(v for v in load_table("listed_chemical").versions
             if v.effective == dt.date(2000, 11, 1))


def test_the_2000_rows_are_the_ones_611_struck() -> None:
    """Every row of the Nov. 1, 2000 version is on the line of Vol. II it cites, inside the
    text 611 struck (lines 3757-4078), at the level of its paragraph ((n): 32 - 2n, the
    headings "(1) List I Chemicals Level 30" ... "(10) ... Level 12")."""
    lines = (REFERENCE / "appendix_c_2016/APPENDIX_C_Vol_II.txt").read_text(
        encoding="utf-8").split("\n")
    checked = 0
    for chemical in V2000["chemicals"]:
        assert chemical["table"] == "d"
        for row in chemical["rows"]:
            assert row["file"] == "appendix_c_2016/APPENDIX_C_Vol_II.txt"
            assert 3757 <= row["line"] <= 4078
            line = " ".join(lines[row["line"] - 1].split())
            assert f"{_words(row)} of {chemical['name'][:5].replace('3,4-', '3, 4-')}" in line, \
                (chemical["name"], row, line)
            assert row["level"] == 32 - 2 * int(row["paragraph"][4:-1])
            checked += 1
    assert checked == 279


EDGES_2000 = [
    # (d)(1) "20 KG or more of Ephedrine" Level 30 (l. 3764); (d)(2) "At least 6 KG but less
    # than 20 KG" Level 28 (l. 3786); (d)(10) "Less than 80 G of Ephedrine" Level 12 (l. 4049)
    ("Ephedrine", "20 kg", 30), ("Ephedrine", "19999.999 g", 28), ("Ephedrine", "6 kg", 28),
    ("Ephedrine", "80 g", 14), ("Ephedrine", "79.999 g", 12),
    # 606's correction: (d)(9) "At least 1.44 KG but less than 1.92 KG of Isosafrole" Level
    # 14 (l. 4021), (d)(10) "Less than 1.44 KG" Level 12
    ("Isosafrole", "1.44 kg", 14), ("Isosafrole", "1439.999 g", 12), ("Isosafrole", "1.92 kg", 16),
    # (d)(8) "3.6 KG or more of Anthranilic Acid" Level 16 (l. 3978), (d)(9) "At least 2.7 KG
    # but less than 3.6 KG" Level 14 (l. 4013)
    ("Anthranilic Acid", "3.6 kg", 16), ("Anthranilic Acid", "3599.999 g", 14),
    ("Anthranilic Acid", "500 kg", 16),
    # List II: (d)(2) "1175 KG or more of Acetone" Level 28 (l. 3808); (d)(9) "At least
    # 7.05 KG but less than 9.4 KG" Level 14 (l. 4039)
    ("Acetone", "1175 kg", 28), ("Acetone", "1174.999 kg", 26), ("Acetone", "7.05 kg", 14),
    ("Acetone", "7.049 kg", 12),
]


@pytest.mark.parametrize("chemical,quantity,level", EDGES_2000)
def test_threshold_edges_2000(chemical: str, quantity: str, level: int) -> None:
    assert _level(chemical, quantity, ERA_2000) == level


def test_worked_case_2000(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2000: 2 kg of ephedrine, (d)(3) "At least 2 KG but less than 6 KG of
    Ephedrine", Level 26 (l. 3819); 60 kg of acetone, list II, (d)(6) "At least 47 KG but
    less than 82.25 KG", Level 20, set aside (Notes (B), (C): the greater); (b)(1) +2: 28;
    (b)(3) (605, the same day) +2: 30."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "2 kg"), ("Acetone", "60 kg")], date=ERA_2000,
        facts="dangerous_weapon_possessed = true\nhazardous_release_or_waste = true"))
    assert _chapter_two(result) == [("§2D1.11(d)(3)", "= 26", 26),
                                    ("§2D1.11(d)(6)", "level 20: set aside", 26),
                                    ("§2D1.11(b)(1)", "+2", 28), ("§2D1.11(b)(3)", "+2", 30)]
    first = next(s for s in result["steps"] if s["chapter"] == "chapter_two")
    assert first["source"] == "Amendments 605, 606, eff. Nov. 1, 2000"


def test_two_list_i_chemicals_in_2000_need_note_a_s_finding(tmp_path: Path, capsys) -> None:
    """Note (A) of the table 611 struck (Vol. II lines 4081-4090): two or more list I
    chemicals go through the List I Chemical Equivalency Table, or, used in one process,
    are read singly: without list_i_use the case is refused naming it (the Equivalency Table
    is tested in test_listed_chemicals_1991_2000.py); the same chemical twice is one
    chemical. Gamma-butyrolactone is not in the table (625 added it)."""
    err = _refused(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "2 kg"), ("Phenylacetic Acid", "500 g")], date=ERA_2000))
    assert "offense.listed_chemical.list_i_use" in err and "Note (A)" in err
    # 1 kg: (d)(5) "At least 800 G but less than 1.4 KG", Level 22; 1 kg + 1 kg: (d)(3), 26
    assert _level("Ephedrine", "1 kg", ERA_2000) == 22
    result = calculate(parse_case(_chemical_case([("Ephedrine", "1 kg"), ("Ephedrine", "1 kg")],
                                                 date=ERA_2000))).result
    assert result.total_offense_level == 26
    err = _refused(tmp_path, capsys, _chemical_case([("Gamma-butyrolactone", "50 kg")],
                                                   date=ERA_2000))
    assert "offense.listed_chemical.chemicals[0].name" in err
    err = _refused(tmp_path, capsys, _chemical_case([("Ephedrine", "2 kg")], date=ERA_2000,
                                                   facts="mass_marketing = true"))
    assert "offense.listed_chemical.mass_marketing" in err


# Hypothesis: more chemical never lowers the level -------------------------------------------

def _amount(version, name: str, milli: int) -> str:
    chemical = next(c for c in version["chemicals"] if c["name"] == name)
    unit = "l" if parse_quantity(chemical["rows"][-1]["less_than"]).dimension != \
        parse_quantity("1 g").dimension else "g"
    return f"{Decimal(milli) / 1000} {unit}"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(era=st.integers(0, len(ERAS) - 1), data=st.data(), which=st.integers(0, 3),
       more=st.integers(0, 10_000_000), minor=st.booleans())
def test_more_chemical_never_lowers_the_level(era, data, which, more, minor) -> None:
    """In every derived version, more of any chemical never lowers the level; the level for
    the Sentencing Table stays within 1-43."""
    date, version = ERAS[era], CHAIN[era]
    names = sorted(c["name"] for c in version["chemicals"])
    mix = data.draw(st.lists(st.tuples(st.sampled_from(names), st.integers(1, 10_000_000)),
                             min_size=1, max_size=4))
    role = 'mitigating = "minor_participant"' if minor else ""
    high = list(mix)
    name, milli = high[which % len(high)]
    high[which % len(high)] = (name, milli + more)
    low = calculate(parse_case(_chemical_case([(n, _amount(version, n, m)) for n, m in mix],
                                              date=date, role=role))).result
    up = calculate(parse_case(_chemical_case([(n, _amount(version, n, m)) for n, m in high],
                                             date=date, role=role))).result
    assert up.total_offense_level >= low.total_offense_level
    assert 1 <= low.table_offense_level <= 43 and 1 <= up.table_offense_level <= 43


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(c["name"] for c in V2000["chemicals"])),
       milli=st.integers(1, 10_000_000), more=st.integers(0, 10_000_000),
       list_ii=st.sampled_from(sorted(c["name"] for c in V2000["chemicals"]
                                      if c["list"] == "II")),
       other=st.integers(1, 10_000_000))
def test_more_chemical_never_lowers_the_level_2000(name, milli, more, list_ii, other) -> None:
    """Nov. 1, 2000: one chemical with one list II chemical; more never lowers the level."""
    low = calculate(parse_case(_chemical_case(
        [(name, _amount(V2000, name, milli)), (list_ii, _amount(V2000, list_ii, other))],
        date=ERA_2000))).result
    up = calculate(parse_case(_chemical_case(
        [(name, _amount(V2000, name, milli + more)), (list_ii, _amount(V2000, list_ii, other))],
        date=ERA_2000))).result
    assert up.total_offense_level >= low.total_offense_level
    assert 12 <= low.table_offense_level <= up.table_offense_level <= 30
