"""§2D1.11 from Nov. 1, 1991 to Apr. 30, 2001: the backward chain from the table Amendment
611 quotes as it strikes it (the Nov. 1, 2000 version), through 606, 557, 541, 519 and 447
(tables/listed_chemical.toml), and the List I (before Nov. 1, 1995: Precursor) Chemical
Equivalency Table of the Notes.

Lines cited: Vol. I = ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt, Vol. II =
.../APPENDIX_C_Vol_II.txt. Amendment 541 (May 1, 1997) quotes the whole table it strikes
(Vol. I lines 18601-18888: in force Nov. 1, 1995 - Apr. 30, 1997) and the whole table it
inserts (lines 18889-19199); 519 (Nov. 1, 1995) quotes every line it deletes or inserts
(lines 16784-16867); 557 repromulgates 541's table "without change" (lines 20243-20247); 606
(Nov. 1, 2000) quotes the four words it strikes (Vol. II lines 3445-3453); 447 deletes ", or
§2D1.4 (Attempts and Conspiracies), as appropriate," from (c) (Vol. I lines 12419-12420). The
worked cases run the real command line (``ussg calc FILE --format json``).
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
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.quantity import parse_quantity
from ussg.guidelines.engine.tables import load_table

from tests.case.test_impossible_facts import _refused
from tests.conftest import REFERENCE
from tests.manual.ch2.part_d.test_drug_guidelines_part_d import _calc, _chapter_two
from tests.manual.ch2.s2d1_11.test_listed_chemicals import _chemical_case, _structuring_case

VERSIONS = {v.effective: v for v in load_table("listed_chemical").versions
            if v.get("exists", True) and v.effective < dt.date(2001, 5, 1)}
V1991, V1992, V1995, V1997, V1997_11, V2000 = (VERSIONS[dt.date(*d)] for d in (
    (1991, 11, 1), (1992, 11, 1), (1995, 11, 1), (1997, 5, 1), (1997, 11, 1), (2000, 11, 1)))
#: A date in each version.
ERA_1991 = dt.date(1992, 3, 2)
ERA_1992 = dt.date(1993, 3, 1)
ERA_1995 = dt.date(1996, 3, 1)
ERA_1997 = dt.date(1997, 7, 1)
ERA_1997_11 = dt.date(1998, 3, 2)
ERA_2000 = dt.date(2001, 1, 15)
ERAS = {V1991.effective: ERA_1991, V1992.effective: ERA_1992, V1995.effective: ERA_1995,
        V1997.effective: ERA_1997, V1997_11.effective: ERA_1997_11, V2000.effective: ERA_2000}
VOL_I = "appendix_c_2016/APPENDIX_C_Vol_I.txt"
VOL_II = "appendix_c_2016/APPENDIX_C_Vol_II.txt"
LINES = {f: (REFERENCE / f).read_text(encoding="utf-8").split("\n") for f in (VOL_I, VOL_II)}


def _level(chemicals: list[tuple[str, str]], date: dt.date, facts: str = "") -> int:
    return calculate(parse_case(_chemical_case(chemicals, date=date, facts=facts))).result \
        .total_offense_level


# Amendment text, read here independently of the table file -----------------------------------

HEAD = re.compile(r'^"?\((\d+)\) List I Chemicals Level (\d+)$')
ROW = re.compile(r'^(?:\((\d)\) )?"?(?:(?P<top>[\d.]+ (?:KG|G|MG)) or more|At least (?P<lo>[\d.]+ '
                 r'(?:KG|G|MG)) but less than (?P<hi>[\d.]+ (?:KG|G|MG))|Less than (?P<bot>[\d.]+ '
                 r'(?:KG|G|MG))) of (?P<name>.+?)[;.]"?[,.]?$')


def _quoted(file: str, first: int, last: int) -> dict[str, list[tuple]]:
    """The rows an amendment quotes on lines first-last: {chemical: [(paragraph, level,
    at least, less than)]}; a subdivision's level from its heading (or, for 519's quoted lines
    "(n) "..."", none)."""
    out: dict[str, list[tuple]] = {}
    n = level = None
    texts = [x.strip() for x in LINES[file][first - 1:last]]
    for i, text in enumerate(texts):
        if text.endswith("-2-") and i + 1 < len(texts):  # "3, 4-Methylenedioxyphenyl-2-" wrapped
            text += texts[i + 1]
        head = HEAD.match(text)
        if head:
            n, level = int(head.group(1)), int(head.group(2))
            continue
        m = ROW.match(text)
        if m:
            if m.group(1):
                n, level = int(m.group(1)), None
            name = m.group("name").replace("3, 4-", "3,4-").replace("Isoafrole", "Isosafrole")
            out.setdefault(name, []).append((
                f"(d)({n})", level, _q(m.group("top") or m.group("lo")),
                _q(m.group("hi") or m.group("bot"))))
    return out


def _q(text: str | None):
    return text and parse_quantity(text.lower())


def _rows(version) -> dict[str, list[tuple]]:
    return {c["name"]: [(r["paragraph"], r["level"], _q(r.get("at_least")),
                         _q(r.get("less_than"))) for r in c["rows"]]
            for c in version["chemicals"]}


def test_the_chain_is_five_versions_before_nov_2000() -> None:
    assert sorted(VERSIONS) == [dt.date(1991, 11, 1), dt.date(1992, 11, 1), dt.date(1995, 11, 1),
                                dt.date(1997, 5, 1), dt.date(1997, 11, 1), dt.date(2000, 11, 1)]
    assert [VERSIONS[d]["amendments"] for d in sorted(VERSIONS)] == [
        [371], [447], [519], [541], [557], [605, 606]]
    assert all(v["verification"] == "derived" for v in VERSIONS.values())
    assert load_table("listed_chemical").gaps == ((dt.date(2018, 11, 1), dt.date(2025, 10, 31)),)


def test_every_row_is_on_the_line_it_cites() -> None:
    """Each row's words and chemical are on the Appendix C line it cites, and its level is
    its subdivision's: (n) = 30 - 2n in the nine-level tables of 1991-1997 (541's quote:
    "(1) List I Chemicals Level 28" ... "(9) ... Level 12"), 32 - 2n in 541's ten levels."""
    checked = 0
    for version in (V1991, V1992, V1995, V1997, V1997_11):
        top = 30 if version.effective < dt.date(1997, 5, 1) else 32
        for chemical in version["chemicals"]:
            for row in chemical["rows"]:
                line = " ".join(LINES[row["file"]][row["line"] - 1].split())
                if row.get("at_least") is None:
                    words = f"Less than {row['less_than']}"
                elif row.get("less_than") is None:
                    words = f"{row['at_least']} or more"
                else:
                    words = f"At least {row['at_least']} but less than {row['less_than']}"
                first = chemical["name"].replace("3,4-", "3, 4-").replace("Isosafrole", "Isoafrole"
                                                                          if "Isoafrole" in line
                                                                          else "Isosafrole")
                assert f"{words} of {first}" in line, (version.effective, chemical["name"], row)
                assert row["level"] == top - 2 * int(row["paragraph"][4:-1])
                checked += 1
    assert checked == 247 * 2 + 256 + 279 * 2


def test_541_headings_print_the_levels() -> None:
    """Vol. I: the table 541 strikes, "(1) List I Chemicals Level 28" ... "(9) ... Level 12"
    (lines 18601-18888); the table it inserts, "(1) ... Level 30" ... "(10) ... Level 12"."""
    def headings(first: int, last: int) -> list[int]:
        return [int(m.group(2)) for m in (HEAD.match(x.strip())
                                          for x in LINES[VOL_I][first - 1:last]) if m]
    assert headings(18601, 18888) == [30 - 2 * n for n in range(1, 10)]
    assert headings(18889, 19199) == [32 - 2 * n for n in range(1, 11)]


# The forward chain ----------------------------------------------------------------------------

def _apply_519(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Amendment 519 (Vol. I lines 16788-16820): the D-Lysergic Acid line deleted from each of
    (1)-(9) (each as quoted), the Benzaldehyde and Nitroethane lines inserted (as quoted); its
    quoted lines carry no level: the subdivision's level, 30 - 2n, as 541's quote prints it."""
    out = {k: list(v) for k, v in rows.items()}
    deleted = _quoted(VOL_I, 16789, 16797)
    assert [(p, lo, hi) for p, _, lo, hi in out.pop("D-Lysergic Acid")] == \
        [(p, lo, hi) for p, _, lo, hi in deleted["D-Lysergic Acid"]]
    for name, quoted in _quoted(VOL_I, 16801, 16820).items():
        assert name not in out
        out[name] = [(p, 30 - 2 * int(p[4:-1]), lo, hi) for p, _, lo, hi in quoted]
    return out


def _apply_606(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Amendment 606 (Vol. II lines 3445-3453): in (9) "At least 1.44 G but less than 1.92 KG"
    of Isosafrole and of Safrole made "1.44 KG"; in (10) "Less than 1.44 G" made "1.44 KG"."""
    out = {k: list(v) for k, v in rows.items()}
    for name in ("Isosafrole", "Safrole"):
        nine, ten = out[name][8], out[name][9]
        assert (nine[0], nine[2], nine[3]) == ("(d)(9)", _q("1.44 g"), _q("1.92 kg"))
        assert (ten[0], ten[2], ten[3]) == ("(d)(10)", None, _q("1.44 g"))
        out[name][8] = nine[:2] + (_q("1.44 kg"), nine[3])
        out[name][9] = ten[:3] + (_q("1.44 kg"),)
    return out


def test_the_chain_forwards_gives_the_table_611_quotes() -> None:
    """The earliest table (Nov. 1, 1991), amended by 447 (no row), 519 (its quoted lines), 541
    (the whole table struck, as 541 quotes it, and its quoted table inserted), 557 ("without
    change") and 606 (its quoted words) is the table Amendment 611 quotes as in force on Apr.
    30, 2001 (the Nov. 1, 2000 version, Vol. II lines 3757-4079), all 279 rows exactly."""
    assert _rows(V1992) == _rows(V1991)                     # 447: (c) only
    after_519 = _apply_519(_rows(V1992))
    assert after_519 == _quoted(VOL_I, 18601, 18888)        # what 541 strikes
    assert after_519 == _rows(V1995)
    inserted = _quoted(VOL_I, 18889, 19199)                 # what 541 inserts
    assert inserted == _rows(V1997) == _rows(V1997_11)      # 557: without change
    after_606 = _apply_606(inserted)
    assert after_606 == _rows(V2000) == _quoted(VOL_II, 3757, 4079)
    assert sum(len(r) for r in after_606.values()) == 279


def _equivalency(version) -> dict[str, Decimal]:
    return {e["name"]: Decimal(e["ephedrine"]) for e in version["equivalency"]}


def test_the_equivalency_table_forwards() -> None:
    """Note (E) as 611 quotes it (Vol. II lines 4098-4123) is the Nov. 1, 1995 - Apr. 30, 2001
    table; undoing 519 (Vol. I lines 16821-16825: Benzaldehyde and Nitroethane inserted,
    "1 gm of D-lysergic acid = 1 gm of Ephedrine" deleted) gives the Precursor Chemical
    Equivalency Table of 1991-1995. Each line of the table file is on the line it cites."""
    for version in (V1995, V1997, V1997_11, V2000):
        assert _equivalency(version) == _equivalency(V2000)
    later = dict(_equivalency(V1991))
    assert later.pop("D-Lysergic Acid") == Decimal(1)
    later.update({"Benzaldehyde": Decimal("1.124"), "Nitroethane": Decimal("1.592")})
    assert later == _equivalency(V2000)
    for version in (V1991, V2000):
        for e in version["equivalency"]:
            line = " ".join(LINES[e["file"]][e["line"] - 1:e["line"] + 1])
            assert f"= {e['ephedrine']} gm of Ephedrine" in line
            assert e["name"].split("-")[0].split()[0].lower() in line.lower(), e
    assert [p["first"] + p["second"] for p in V1991["equivalency_pairs"]] == [
        ["Hydriodic Acid", "Ephedrine"]]
    assert len(V2000["equivalency_pairs"]) == 3


def test_the_texts_each_amendment_changed() -> None:
    """(c)(1): 447 deleted ", or §2D1.4 (Attempts and Conspiracies), as appropriate,"
    (Vol. I lines 12419-12420). Notes: 519's quoted Note (A) and Note (D) (lines 16828-16829,
    16844-16850), "listed essential" / "listed precursor" (lines 16841-16843); (b)(3) from
    605 only (Nov. 1, 2000)."""
    assert ", or §2D1.4 (Attempts and Conspiracies), as appropriate, if the resulting" in \
        V1991["cross_reference"]
    assert V1992["cross_reference"] == V2000["cross_reference"]
    assert V1991["list_i_note"].startswith("If more than one listed precursor chemical is "
                                           "involved, use the Precursor Chemical Equivalency")
    assert "listed essential" in V1991["note_single_chemical"] and \
        "list II" in V1995["note_single_chemical"]
    assert V1991.get("note_tablets") is None and V1995["note_tablets"] == V2000["note_tablets"]
    for version in (V1991, V1992, V1995, V1997, V1997_11):
        assert [c["paragraph"] for c in version["characteristics"]] == ["(b)(1)", "(b)(2)"]
        assert version["list_i_same_process"] == (version.effective >= dt.date(1995, 11, 1))


# Threshold edges ------------------------------------------------------------------------------

EDGES = [
    # 1991 (the table 541 struck, 519 undone): (1) "200 G or more of D-Lysergic Acid" Level
    # 28 (Vol. I l. 16789); (2) "At least 60 G but less than 200 G" Level 26 (l. 16790); (9)
    # "Less than 1.2 G" Level 12 (l. 16797), (8) "At least 1.2 G" Level 14 (l. 16796)
    (ERA_1991, "D-Lysergic Acid", "200 g", 28), (ERA_1991, "D-Lysergic Acid", "199.999 g", 26),
    (ERA_1991, "D-Lysergic Acid", "1.2 g", 14), (ERA_1991, "D-Lysergic Acid", "1.199 g", 12),
    # Ephedrine: (1) "20 KG or more" Level 28 (l. 18606), (8) "At least 120 G but less than
    # 160 G" Level 14 (l. 18825), (9) "Less than 120 G" Level 12 (l. 18859): 519 left them
    (ERA_1991, "Ephedrine", "20 kg", 28), (ERA_1991, "Ephedrine", "19999.999 g", 26),
    (ERA_1991, "Ephedrine", "120 g", 14), (ERA_1991, "Ephedrine", "119.999 g", 12),
    (ERA_1992, "Ephedrine", "20 kg", 28), (ERA_1992, "D-Lysergic Acid", "60 g", 26),
    # List II: (1) "1175 KG or more of Acetone" Level 28 (l. 18627), (9) "Less than 7.05 KG"
    # Level 12 (l. 18881)
    (ERA_1992, "Acetone", "1175 kg", 28), (ERA_1992, "Acetone", "1174.999 kg", 26),
    (ERA_1992, "Acetone", "7.05 kg", 14), (ERA_1992, "Acetone", "7.049 kg", 12),
    # 1995 (519): (1) "17.8 KG or more of Benzaldehyde" Level 28 (l. 18602), (9) "Less than
    # 107 G" Level 12 (l. 18857); (8) "3.6 KG or more of Anthranilic Acid" Level 14 (l. 18822)
    (ERA_1995, "Benzaldehyde", "17.8 kg", 28), (ERA_1995, "Benzaldehyde", "17.799 kg", 26),
    (ERA_1995, "Benzaldehyde", "107 g", 14), (ERA_1995, "Benzaldehyde", "106.999 g", 12),
    (ERA_1995, "Anthranilic Acid", "3.6 kg", 14), (ERA_1995, "Anthranilic Acid", "3599.999 g", 12),
    (ERA_1995, "Anthranilic Acid", "900 kg", 14),
    (ERA_1995, "Ephedrine", "20 kg", 28), (ERA_1995, "Ephedrine", "200 g", 18),
    (ERA_1995, "Ephedrine", "199.999 g", 16),
    # May 1, 1997 (541): (1) "20 KG or more of Ephedrine" Level 30 (l. 18893), (9) "At least
    # 80 G but less than 120 G" Level 14 (l. 19138), (10) "Less than 80 G" Level 12 (l. 19172)
    (ERA_1997, "Ephedrine", "20 kg", 30), (ERA_1997, "Ephedrine", "19999.999 g", 28),
    (ERA_1997, "Ephedrine", "80 g", 14), (ERA_1997, "Ephedrine", "79.999 g", 12),
    # (9) "At least 1.44 G but less than 1.92 KG of Safrole" Level 14 (l. 19156), (10) "Less
    # than 1.44 G" Level 12 (l. 19190): as printed until 606; (8) "At least 1.92 KG" 16
    (ERA_1997, "Safrole", "1.44 g", 14), (ERA_1997, "Safrole", "1.439 g", 12),
    (ERA_1997, "Safrole", "1 kg", 14), (ERA_1997, "Safrole", "1.92 kg", 16),
    (ERA_1997_11, "Isosafrole", "1.44 g", 14), (ERA_1997_11, "Isosafrole", "1.439 g", 12),
    # (8) "3.6 KG or more of Anthranilic Acid" Level 16 (l. 19101), (9) "At least 2.7 KG but
    # less than 3.6 KG" Level 14 (l. 19135); List II unchanged: (2) "1175 KG or more of
    # Acetone" Level 28 (l. 18938)
    (ERA_1997_11, "Anthranilic Acid", "3.6 kg", 16),
    (ERA_1997_11, "Anthranilic Acid", "3599.999 g", 14),
    (ERA_1997_11, "Anthranilic Acid", "2.7 kg", 14), (ERA_1997_11, "Anthranilic Acid", "2.699 kg", 12),
    (ERA_1997_11, "Acetone", "1175 kg", 28), (ERA_1997_11, "Acetone", "1174.999 kg", 26),
    # Nov. 1, 2000 (606): "Less than 1.44 KG of Safrole" Level 12 (Vol. II l. 4066)
    (ERA_2000, "Safrole", "1 kg", 12), (ERA_2000, "Safrole", "1.44 kg", 14),
]


@pytest.mark.parametrize("date,chemical,quantity,level", EDGES)
def test_threshold_edges(date: dt.date, chemical: str, quantity: str, level: int) -> None:
    assert _level([(chemical, quantity)], date) == level


@pytest.mark.parametrize("before,after,chemical,quantity,levels", [
    # 519: Benzaldehyde enters the table Nov. 1, 1995 (refused the day before)
    (dt.date(1995, 10, 31), dt.date(1995, 11, 1), "Benzaldehyde", "17.8 kg", (None, 28)),
    # 519: D-Lysergic Acid leaves it
    (dt.date(1995, 10, 31), dt.date(1995, 11, 1), "D-Lysergic Acid", "200 g", (28, None)),
    # 541: the list I levels rise by 2 on May 1, 1997
    (dt.date(1997, 4, 30), dt.date(1997, 5, 1), "Ephedrine", "20 kg", (28, 30)),
    # 557: no change on Nov. 1, 1997
    (dt.date(1997, 10, 31), dt.date(1997, 11, 1), "Safrole", "1 kg", (14, 14)),
    # 606: 1 kg of Safrole falls from (9) to (10) on Nov. 1, 2000
    (dt.date(2000, 10, 31), dt.date(2000, 11, 1), "Safrole", "1 kg", (14, 12)),
    # 611 (May 1, 2001): (d)(1)(1) "3 KG or more of Ephedrine" Level 38 (Vol. II l. 4139)
    (dt.date(2001, 4, 30), dt.date(2001, 5, 1), "Ephedrine", "20 kg", (30, 38)),
])
def test_each_boundary(tmp_path: Path, capsys, before: dt.date, after: dt.date, chemical: str,
                       quantity: str, levels: tuple) -> None:
    for date, level in zip((before, after), levels):
        if level is None:
            err = _refused(tmp_path, capsys, _chemical_case([(chemical, quantity)], date=date))
            assert "offense.listed_chemical.chemicals[0].name" in err
        else:
            assert _level([(chemical, quantity)], date) == level, date


def test_before_nov_1991_is_refused(tmp_path: Path, capsys) -> None:
    """Amendment 371 added §2D1.11 on Nov. 1, 1991."""
    err = _refused(tmp_path, capsys, _chemical_case([("Ephedrine", "5 kg")],
                                                   date=dt.date(1991, 10, 31)))
    assert "Amendment 371" in err
    assert _level([("Ephedrine", "5 kg")], dt.date(1991, 11, 1)) == 24


# Worked cases, through the command line -------------------------------------------------------

def test_worked_case_1992_precursor_equivalency(tmp_path: Path, capsys) -> None:
    """Feb. 1993 (447 in force): 300 g of piperidine and 800 g of benzyl cyanide, the example
    of the Commentary 519 deleted (Vol. I lines 16876-16883): Notes (A), (D): piperidine x 2
    = 600 g, benzyl cyanide x 1 = 800 g of ephedrine (Vol. II lines 4117, 4103 less 519):
    1.4 kg; (4) "At least 1.4 KG but less than 2 KG of Ephedrine" Level 22 (Vol. I l. 18700);
    (b)(1) +2: 24; 1 kg of methyl ethyl ketone (listed essential, Level 12) set aside."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Piperidine", "300 g"), ("Benzyl Cyanide", "800 g"), ("Methyl Ethyl Ketone", "1 kg")],
        date=ERA_1992, facts="dangerous_weapon_possessed = true"))
    assert _chapter_two(result) == [("§2D1.11(d)(4)", "= 22", 22),
                                    ("§2D1.11(d)(9)", "level 12: set aside", 22),
                                    ("§2D1.11(b)(1)", "+2", 24)]
    first = next(s for s in result["steps"] if s["chapter"] == "chapter_two")
    assert "1.4 kg of ephedrine" in first["input"] and "Precursor" in first["input"]
    assert first["source"] == "Amendment 447, eff. Nov. 1, 1992"


def test_worked_case_1991_hydriodic_acid_and_ephedrine(tmp_path: Path, capsys) -> None:
    """1992: 5 kg of ephedrine and 3 kg of hydriodic acid: the "**" note ("both hydriodic acid
    and ephedrine": each separately, the greater): (3) "At least 2 KG but less than 6 KG of
    Ephedrine" Level 24 (l. 18668); hydriodic acid (5) "At least 1.76 KG but less than 3.08
    KG" Level 20 (l. 18734); 24. (c)(1) is shown with §2D1.4, which 447 struck."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "5 kg"), ("Hydriodic Acid", "3 kg")], date=ERA_1991))
    assert [s[:2] for s in _chapter_two(result)] == [
        ("§2D1.11(d), Notes (A), (D)", "each read separately: the greater level is used"),
        ("§2D1.11(d)(3)", "= 24"), ("§2D1.11(d)(5)", "level 20: set aside")]
    assert result["total_offense_level"] == 24


def test_worked_case_1995_note_a(tmp_path: Path, capsys) -> None:
    """1996, the two examples of Application Note 4 as 519 wrote it (Vol. I lines
    16887-16909): (b) 5 kg of ephedrine and 2 kg of phenylacetic acid, not used together: 7
    kg of ephedrine, (2) "At least 6 KG but less than 20 KG" Level 26 (l. 18636); (a) 5 kg of
    ephedrine and 300 g of hydriodic acid: the "**" pair, each separately: ephedrine (3)
    Level 24 (l. 18668), hydriodic acid (8) "At least 264 G but less than 352 G" Level 14
    (l. 18829): 24 (the Note prints "three kilograms" and "14" until 541 made it "300 grams")."""
    facts = 'list_i_use = "different_substances_or_processes"'
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "5 kg"), ("Phenylacetic Acid", "2 kg")], date=ERA_1995, facts=facts))
    assert _chapter_two(result) == [("§2D1.11(d)(2)", "= 26", 26)]
    assert "7 kg of ephedrine" in result["steps"][0]["input"] or any(
        "7 kg of ephedrine" in s["input"] for s in result["steps"])
    assert _level([("Ephedrine", "5 kg"), ("Hydriodic Acid", "300 g")], ERA_1995, facts) == 24
    # used together in one process: the single chemical with the greatest level
    assert _level([("Ephedrine", "5 kg"), ("Phenylacetic Acid", "2 kg")], ERA_1995,
                  'list_i_use = "same_process"') == 24


def test_worked_case_1997_the_541_example(tmp_path: Path, capsys) -> None:
    """July 1997 (541): Application Note 4(a) as 541 amended it (Vol. I lines 19202-19206):
    5 kg of ephedrine, Level 26 ((3), l. 18947); 300 g of hydriodic acid, Level 16 ((8)
    "At least 264 G but less than 352 G", l. 19108): 26."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "5 kg"), ("Hydriodic Acid", "300 g")], date=ERA_1997,
        facts='list_i_use = "different_substances_or_processes"'))
    assert [s[:3] for s in _chapter_two(result)][1:] == [("§2D1.11(d)(3)", "= 26", 26),
                                                         ("§2D1.11(d)(8)", "level 16: set aside",
                                                          26)]


def test_worked_case_2000_anthranilic_cap(tmp_path: Path, capsys) -> None:
    """Jan. 2001: 10 kg of anthranilic acid x 0.033 = 330 g of ephedrine, capped at 159.99 g
    (the "*" note, Vol. II lines 4124-4125), and 100 g of piperidine x 2 = 200 g: 359.99 g,
    (d)(6) "At least 200 G but less than 800 G of Ephedrine" Level 20 (Vol. II l. 3916);
    (b)(3) (605) +2: 22."""
    facts = 'list_i_use = "different_substances_or_processes"\nhazardous_release_or_waste = true'
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Anthranilic Acid", "10 kg"), ("Piperidine", "100 g")], date=ERA_2000, facts=facts))
    assert _chapter_two(result) == [("§2D1.11(d)(6)", "= 20", 20), ("§2D1.11(b)(3)", "+2", 22)]
    assert "capped at 159.99 g" in result["steps"][0]["input"] or any(
        "capped at 159.99 g" in s["input"] for s in result["steps"])
    # 39 kg of anthranilic acid (1287 g uncapped) + 620 g of piperidine (1240 g): 1399.99 g
    # capped, (d)(5) Level 22; uncapped 2527 g would be (d)(3) Level 26
    assert _level([("Anthranilic Acid", "39 kg"), ("Piperidine", "620 g")], ERA_2000,
                  'list_i_use = "different_substances_or_processes"') == 22


def test_2d1_13_follows_on_the_chain(tmp_path: Path, capsys) -> None:
    """§2D1.13(a)(2) in 1993: the §2D1.11 level less 3: 800 g of ephedrine, (5) "At least 800 G
    but less than 1.4 KG" Level 20 (l. 18730): 17."""
    result = _calc(tmp_path, capsys, _structuring_case(
        "reason_to_believe", [("Ephedrine", "800 g")], date=ERA_1992))
    assert _chapter_two(result) == [("§2D1.11(d)(5)", "= 20", 20), ("§2D1.13(a)(2)", "= 17", 17)]


# Refusals -------------------------------------------------------------------------------------

def test_note_a_s_finding_is_read_only_where_the_note_asks_it(tmp_path: Path, capsys) -> None:
    """list_i_use: required Nov. 1, 1995 - Apr. 30, 2001 with two or more list I chemicals; an
    error before (Notes (A), (D) always combine), after (611's Note (A) reads the single
    chemical), and with one list I chemical."""
    two = [("Ephedrine", "5 kg"), ("Piperidine", "1 kg")]
    err = _refused(tmp_path, capsys, _chemical_case(two, date=ERA_1997_11))
    assert "offense.listed_chemical.list_i_use" in err and "Note (A)" in err
    for date, chemicals in ((ERA_1992, two), (dt.date(2001, 7, 2), two),
                            (ERA_1997, [("Ephedrine", "5 kg"), ("Acetone", "5 kg")])):
        err = _refused(tmp_path, capsys, _chemical_case(
            chemicals, date=date, facts='list_i_use = "same_process"'))
        assert "offense.listed_chemical.list_i_use" in err, date


def test_a_pair_with_other_list_i_chemicals_is_refused(tmp_path: Path, capsys) -> None:
    """The "**" note reads its pair separately but does not say how the pair joins a third
    list I chemical: refused naming the chemicals, not guessed."""
    err = _refused(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "5 kg"), ("Hydriodic Acid", "3 kg"), ("Piperidine", "1 kg")],
        date=ERA_1997_11, facts='list_i_use = "different_substances_or_processes"'))
    assert "offense.listed_chemical.chemicals" in err and "Hydriodic Acid" in err


@pytest.mark.parametrize("date,facts,field", [
    (ERA_1997_11, "hazardous_release_or_waste = true", "hazardous_release_or_waste"),  # 605
    (ERA_1991, "mass_marketing = true", "mass_marketing"),
])
def test_a_characteristic_before_it_was_added_is_refused(tmp_path: Path, capsys, date, facts,
                                                         field) -> None:
    err = _refused(tmp_path, capsys, _chemical_case([("Ephedrine", "5 kg")], date=date,
                                                   facts=facts))
    assert f"offense.listed_chemical.{field}" in err


def test_names_the_edition_does_not_print_are_refused(tmp_path: Path, capsys) -> None:
    """Benzaldehyde and Nitroethane before Nov. 1, 1995 (519 added them); D-Lysergic Acid from
    then (519 deleted it)."""
    for date, name in ((ERA_1992, "Nitroethane"), (ERA_1997, "D-Lysergic Acid")):
        err = _refused(tmp_path, capsys, _chemical_case([(name, "5 kg")], date=date))
        assert "offense.listed_chemical.chemicals[0].name" in err


# Hypothesis: more chemical never lowers the level, on every version before May 1, 2001 ------

def _amount(name: str, milli: int) -> str:
    return f"{Decimal(milli) / 1000} g"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(effective=st.sampled_from(sorted(VERSIONS)), data=st.data(), which=st.integers(0, 3),
       more=st.integers(0, 10_000_000),
       use=st.sampled_from(["same_process", "different_substances_or_processes"]))
def test_more_chemical_never_lowers_the_level(effective, data, which, more, use) -> None:
    """Every version the table file holds before May 1, 2001 (the chain and Nov. 1, 2000),
    any mix of up to four chemicals (list I combined by the Equivalency Table or singly):
    more of one never lowers the level; a mix refused is refused whatever the quantity; the
    level stays within 12-30 (the tables' range) and 1-43."""
    version, date = VERSIONS[effective], ERAS[effective]
    names = sorted(c["name"] for c in version["chemicals"])
    mix = data.draw(st.lists(st.tuples(st.sampled_from(names), st.integers(1, 10_000_000)),
                             min_size=1, max_size=4))
    list_i = {c["name"] for c in version["chemicals"] if c["list"] == "I"}
    facts = f'list_i_use = "{use}"' if version["list_i_same_process"] and \
        len({n for n, _ in mix} & list_i) > 1 else ""
    high = list(mix)
    name, milli = high[which % len(high)]
    high[which % len(high)] = (name, milli + more)
    results = []
    for chosen in (mix, high):
        try:
            results.append(calculate(parse_case(_chemical_case(
                [(n, _amount(n, m)) for n, m in chosen], date=date, facts=facts))).result)
        except CaseError as error:
            results.append(error.field)
    if isinstance(results[0], str) or isinstance(results[1], str):
        assert results[0] == results[1] == "offense.listed_chemical.chemicals"
        return
    low, up = results
    assert up.total_offense_level >= low.total_offense_level
    assert 12 <= low.table_offense_level <= up.table_offense_level <= 30


@pytest.mark.parametrize("date,with_2d1_4", [(ERA_1991, True), (ERA_1992, False)])
def test_the_cross_reference_before_and_after_447(tmp_path: Path, capsys, date: dt.date,
                                                  with_2d1_4: bool) -> None:
    """(c)(1): "apply §2D1.1 ..., or §2D1.4 (Attempts and Conspiracies), as appropriate, if
    the resulting offense level is greater" until 447 deleted the §2D1.4 words (Vol. I lines
    12419-12420, Nov. 1, 1992). 5 kg of ephedrine, (3) Level 24 (l. 18668); with 100 g of
    methamphetamine manufactured, §2D1.1 is applied if greater."""
    result = _calc(tmp_path, capsys, _chemical_case(
        [("Ephedrine", "5 kg")], date=date, facts="manufacturing = true",
        drugs=[("methamphetamine", "100 g")]))
    steps = [s for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert steps[0]["section"] == "§2D1.11(d)(3)" and steps[0]["level"] == 24
    cross = next(s for s in steps if s["section"] == "§2D1.11(c)(1)")
    assert ("§2D1.4 (Attempts and Conspiracies), as appropriate" in cross["reason"]) == with_2d1_4


def test_the_1_44_g_rows_are_read_as_printed_and_said_so(tmp_path: Path, capsys) -> None:
    """March 1998: 1 kg of safrole, (9) "At least 1.44 G but less than 1.92 KG of Safrole"
    Level 14 (Vol. I l. 19156), as 541 printed it until 606 made it "1.44 KG" (a
    typographical error, Vol. II lines 3445-3453): the worksheet says the row is read as
    printed; on 2 kg ((8), l. 19124) nothing is said."""
    result = _calc(tmp_path, capsys, _chemical_case([("Safrole", "1 kg")], date=ERA_1997_11))
    assert _chapter_two(result) == [("§2D1.11(d)(9)", "= 14", 14),
                                    ("§2D1.11(d)(9)", "read as printed", 14)]
    assert "Amendment 606" in result["steps"][-1]["reason"] or any(
        "Amendment 606" in s["reason"] for s in result["steps"])
    result = _calc(tmp_path, capsys, _chemical_case([("Safrole", "2 kg")], date=ERA_1997_11))
    assert _chapter_two(result) == [("§2D1.11(d)(8)", "= 16", 16)]
