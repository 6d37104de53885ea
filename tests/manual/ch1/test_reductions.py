"""`ussg reduce`: sentence reductions under 18 U.S.C. § 3582(c)(2) and §1B1.10, through the
real command line on real case files (tests/cases/reductions/, each worked by hand in its
comments from the Manual's text), the Leon example under every covered amendment since
1994, the §1B1.10 tables checked against the tables they substitute, and a property over
the real Drug Quantity Tables."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.cli import main
from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES, ROOT, run_ussg

CASES = ROOT / "tests" / "cases" / "reductions"


def reduce_json(capsys, *args: str) -> dict:
    code = main(["reduce", *map(str, args), "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def months(r: dict | None) -> tuple:
    return None if r is None else (r["min_months"], r["max_months"], r["life"])


def test_crack_under_706(capsys):
    """60 g of cocaine base, 2005 Manual: level 32, 121-151; Amendment 706: level 30, 97-121;
    the Mar. 3, 2008 §1B1.10 (Amendments 712, 713): not below 97."""
    r = reduce_json(capsys, CASES / "crack-706-750.toml")
    assert r["policy_statement"]["amendments"] == [712, 713]
    assert r["amendments"] == ["Amendment 706"]
    assert months(r["original_range"]) == (121, 151, False)
    assert months(r["amended_range"]) == (97, 121, False)
    assert r["eligible"] and r["lowest_months"] == 97
    assert r["limits"][0]["section"] == "§1B1.10(b)(2)(A)"
    assert {"table": "drug_quantity_table", "version_effective": "2007-11-01"} in r["substituted"]


def test_crack_under_750_part_a(capsys):
    """The same case under Amendment 750 Part A alone, order of Nov. 1, 2011: 28-112 g of
    cocaine base, level 26, 63-78 months."""
    r = reduce_json(capsys, CASES / "crack-706-750.toml", "--amendment", "750",
                    "--motion-date", "2011-11-01")
    assert r["amendments"] == ["Amendment 750 (Part A)"]
    assert r["policy_statement"]["amendments"] == [759]
    assert months(r["amended_range"]) == (63, 78, False)
    assert r["amended_offense_level"] == "26"
    assert r["lowest_months"] == 63


def test_782_reduced_to_the_amended_minimum(capsys):
    r = reduce_json(capsys, CASES / "powder-782.toml")
    assert (months(r["original_range"]), months(r["amended_range"])) == (
        (121, 151, False), (97, 121, False))
    assert r["eligible"] and r["lowest_months"] == 97
    assert r["reason_section"] == "§1B1.10(a)(1)"
    assert r["most_months"] == 121 - 97


def test_substantial_assistance_comparable_reduction(capsys):
    """97 of 121 months on a §5K1.1 motion; (b)(2)(B): 97 × 97/121 = 77.8 → 78 months; the
    81 months served by Nov. 2, 2015 (custody since Jan. 10, 2012: 45 months) do not bind."""
    r = reduce_json(capsys, CASES / "powder-782-substantial-assistance.toml")
    assert r["lowest_months"] == 78
    sections = [limit["section"] for limit in r["limits"]]
    assert sections == ["§1B1.10(b)(2)(A)", "§1B1.10(b)(2)(B)", "§1B1.10(b)(2)(C)"]
    assert "45 months served" in r["limits"][2]["input"]
    assert r["limits"][2]["change"] == "no change"


def test_substantial_assistance_not_stated_keeps_the_floor(capsys, tmp_path):
    """Without the government's motion, (b)(2)(A) holds: 97 months, not 78 (Amendment
    759: the exception is for substantial assistance only)."""
    text = (CASES / "powder-782-substantial-assistance.toml").read_text()
    path = tmp_path / "no-motion.toml"
    path.write_text(text.replace("substantial_assistance = true", "substantial_assistance = false"))
    r = reduce_json(capsys, path)
    assert r["lowest_months"] == 97
    assert r["most_months"] == 0  # 97 imposed: nothing left to reduce


def test_career_offender_not_eligible(capsys):
    r = reduce_json(capsys, CASES / "career-offender-782.toml")
    assert not r["eligible"] and r["reason_section"] == "§1B1.10(a)(2)(B)"
    assert months(r["amended_range"]) == months(r["original_range"]) == (210, 262, False)
    assert "career offender guideline (§4B1.1)" in r["reason"]
    assert r["amended_offense_level"] == "24 → 32"


def test_statutory_minimum_above_the_amended_range_not_eligible(capsys):
    r = reduce_json(capsys, CASES / "statutory-minimum-782.toml")
    assert not r["eligible"] and r["reason_section"] == "§1B1.10(a)(2)(B)"
    assert months(r["amended_range"]) == (240, 240, False)
    assert "statutory minimum" in r["reason"] and "97–121 months" in r["reason"]


def test_status_points_under_821_part_a(capsys):
    """7 points (IV) at sentencing; Amendment 821 Part A: 5 points (III); 77-96 → 63-78."""
    r = reduce_json(capsys, CASES / "status-points-821.toml")
    assert months(r["original_range"]) == (77, 96, False)
    assert months(r["amended_range"]) == (63, 78, False)
    assert r["eligible"] and r["lowest_months"] == 63
    changed = [c["amended"]["section"] for c in r["changed_steps"] if c["amended"]]
    assert "§4A1.1(e)" in changed


def test_zero_point_offender_under_821_part_b(capsys):
    r = reduce_json(capsys, CASES / "zero-point-821.toml")
    assert months(r["original_range"]) == (51, 63, False)
    assert months(r["amended_range"]) == (41, 51, False)
    assert r["amended_offense_level"] == "24 − 2 = 22"
    assert r["lowest_months"] == 41


@pytest.mark.parametrize("case, day, when", [
    ("powder-782.toml", "2015-10-31", "November 1, 2015"),
    ("status-points-821.toml", "2024-01-31", "February 1, 2024"),
])
def test_order_before_subsection_e_date_refused(capsys, case, day, when):
    r = reduce_json(capsys, CASES / case, "--motion-date", day)
    assert not r["eligible"] and r["reason_section"] == "§1B1.10(e)"
    assert when in r["reason"] and r["amended_range"] is None


LEON_MOTIONS = [  # each amendment, and a date on which §1B1.10 covered it
    (505, "1995-11-01", "(c)"), (706, "2008-03-03", "(c)"), (750, "2011-11-01", "(c)"),
    (782, "2015-11-01", "(d)"), (None, "2025-12-01", "(d)"),
]


@pytest.mark.parametrize("amendment, day, subsection", LEON_MOTIONS)
def test_leon_still_life_under_every_covered_amendment(capsys, tmp_path, amendment, day,
                                                       subsection):
    """examples/leon-1994.toml (51 kg of cocaine base, life): under 505, 706, 750 and 782
    the base level is 38, +2 weapon, +4 leader = 44, treated as 43: still life."""
    path = tmp_path / "leon.toml"
    path.write_text((EXAMPLES / "leon-1994.toml").read_text()
                    + "\n[sentence]\nimposed_life = true\n")
    args = [path, "--motion-date", day] + ([] if amendment is None else
                                           ["--amendment", str(amendment)])
    r = reduce_json(capsys, *args)
    assert not r["eligible"] and r["reason_section"] == "§1B1.10(a)(2)(B)"
    assert r["reason"].startswith("the amended guideline range is still life imprisonment")
    assert r["amended_offense_level"] == "38 + 2 + 4 = 44 → 43"
    assert f"subsection {subsection}" in r["reason"]


def test_text_and_markdown(capsys):
    assert main(["reduce", str(CASES / "powder-782.toml")]) == 0
    text = capsys.readouterr().out
    assert "Lowest term allowed         97 months" in text
    assert "Offense level (amended)     30" in text
    assert main(["reduce", str(CASES / "powder-782.toml"), "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert "| Lowest term allowed | 97 months |" in markdown
    assert "## Limits" in markdown


def test_bad_input_names_the_field():
    run = run_ussg("reduce", CASES / "powder-782.toml", "--motion-date", "2015-13-01")
    assert run.code == 2 and "not a date" in run.err
    run = run_ussg("reduce", EXAMPLES / "leon-1994.toml", "--motion-date", "2016-01-01")
    assert run.code == 2 and "leon-1994.toml" in run.err and "sentence" in run.err
    assert "Traceback" not in run.err


def test_refused_not_guessed(tmp_path):
    """A motion under the 1989-1994 policy statement, and a covered amendment ussg has no
    version for, are refused with the reason (exit 2)."""
    run = run_ussg("reduce", CASES / "powder-782.toml", "--motion-date", "1993-06-01")
    assert run.code == 2 and "Amendment 504" in run.err
    run = run_ussg("reduce", CASES / "crack-706-750.toml", "--amendment", "702")
    assert run.code == 2 and "Amendment 702 is covered by §1B1.10" in run.err
    # the same amendment for a case sentenced after it took effect: (a)(2)(A), not refused
    run = run_ussg("reduce", CASES / "powder-782.toml", "--amendment", "702")
    assert run.code == 0 and "Amendment 702 (eff. Nov. 1, 2007) was already part" in run.out
    run = run_ussg("reduce", CASES / "powder-782.toml", "--amendment", "748")
    assert run.code == 0 and "not listed in subsection (d)" in run.out


def test_every_substitution_is_a_version_the_amendment_made():
    """tables/covered_amendments.toml names, for each covered amendment, the versions it
    made: each exists and records the amendment (or the one it re-promulgated)."""
    effects = load_table("covered_amendments").versions[0]["amendment"]
    covered = {e["amendment"] for e in load_table("sentence_reduction").versions[-1]["covered"]}
    for effect in effects:
        assert effect["number"] in covered
        for target in effect["substitute"]:
            table = load_table(target["table"])
            version = next(v for v in table.versions if v.effective == target["effective"])
            assert {effect["number"], *effect.get("made_with", [])} & set(version.amendments)


def test_policy_statement_lists_as_the_manuals_print_them():
    """The 2016 and 2025 listings are the Manuals' words."""
    policy = load_table("sentence_reduction")
    text_2016 = (ROOT.parent / "shared/reference/ussg/sections/2016/USSG_1B1.10_2016.txt"
                 ).read_text()
    assert f"as follows: {policy.in_force(__import__('datetime').date(2016, 11, 1))['list_text']}." \
        in text_2016
    latest = policy.versions[-1]
    assert latest["list_text"].endswith("821 (parts A and B, subpart 1 only and subject to "
                                         "subsection (e)(2))")


@settings(max_examples=40, deadline=None)
@given(grams=st.integers(min_value=1, max_value=500_000),
       category=st.sampled_from(["I", "II", "III", "IV", "V", "VI"]))
def test_782_never_raises_a_range(tmp_path_factory, grams, category):
    """Over the real 2012 and 2014 Drug Quantity Tables: Amendment 782 never raises a
    range, eligibility is exactly a lower range, and the lowest term is its minimum."""
    from ussg.guidelines.case.reading import load_case
    from ussg.guidelines.manual.ch1.part_b_reductions import reduce_sentence
    text = (CASES / "powder-782.toml").read_text().replace('"5 kg"', f'"{grams} g"') \
        .replace('category = "I"', f'category = "{category}"')
    path = tmp_path_factory.mktemp("p") / "case.toml"
    path.write_text(text)
    r = reduce_sentence(load_case(path), str(path))
    assert r.amended_range is not None
    lower = (r.amended_range.min_months or 0, r.amended_range.max_months or 0) < (
        r.original_range.min_months or 0, r.original_range.max_months or 0)
    assert r.eligible == lower
    if r.eligible:
        assert r.lowest_months == r.amended_range.min_months


def test_amendment_applied_is_the_part_that_changed_a_step(capsys):
    """Both parts of 821 are substituted; only Part A changes this case's computation."""
    assert reduce_json(capsys, CASES / "status-points-821.toml")["amendments"] == [
        "Amendment 821 (Part A)"]


def test_505_before_2008_no_floor_but_time_served(capsys):
    """§1B1.10 of 1997 (Amendment 548): no floor at the amended minimum; not below the 52
    months served. Under the 1995 text (Amendment 536) not even that."""
    r = reduce_json(capsys, CASES / "crack-505-1998.toml")
    assert (months(r["original_range"]), months(r["amended_range"])) == (
        (360, None, True), (235, 293, False))
    assert r["lowest_months"] == 52
    assert [limit["section"] for limit in r["limits"]] == ["§1B1.10(b)", "§1B1.10(b)(2)(C)"]
    r = reduce_json(capsys, CASES / "crack-505-1998.toml", "--motion-date", "1996-01-02")
    assert r["eligible"] and r["lowest_months"] is None
    assert r["policy_statement"]["amendments"] == [536]


def test_any_below_range_sentence_2008_to_2011(capsys, tmp_path):
    """100 months, below 121-151 on a departure that was not for substantial assistance:
    under §1B1.10(b)(2)(B) of Mar. 3, 2008 "a reduction comparably less than the amended
    guideline range ... may be appropriate": 97 × 100/121 = 80.2 → 80 months; Amendment 759
    (Nov. 1, 2011) limited the exception to substantial assistance: 97 months."""
    path = tmp_path / "departure.toml"
    path.write_text((CASES / "crack-706-750.toml").read_text()
                    .replace("imposed_months = 121", "imposed_months = 100"))
    assert reduce_json(capsys, path)["lowest_months"] == 80
    later = reduce_json(capsys, path, "--amendment", "706", "--motion-date", "2011-11-01")
    assert later["lowest_months"] == 97


def test_reduction_keys_survive_writing_the_case_back():
    """The terminal app saves a case through case_to_toml: [reduction] is kept."""
    from ussg.guidelines.case.reading import load_case, parse_case
    from ussg.guidelines.case.writing import case_to_toml
    path = CASES / "powder-782-substantial-assistance.toml"
    case = load_case(path)
    assert parse_case(case_to_toml(case)) == case
    assert parse_case(case_to_toml(case, path.read_text())) == case


def test_motion_under_a_manual_not_entered_refused():
    """§1B1.10 is read from the Manual in force on the order's date: a date under the Nov. 1,
    2026 edition, which ussg has not entered, is refused like any date under it."""
    run = run_ussg("reduce", CASES / "powder-782.toml", "--motion-date", "2026-12-01")
    assert run.code == 2 and "reduction.motion_date" in run.err
    assert "Nov. 1, 2026 edition" in run.err


def test_mandatory_minimum_and_substantial_assistance_subsection_c(capsys):
    """§1B1.10(c): with a § 3553(e) motion the amended range is 97-121, not §5G1.1's 120-121;
    the comparable reduction 97 × 101/121 → 81 months; the minimum does not bind."""
    r = reduce_json(capsys, CASES / "mandatory-minimum-substantial-assistance-782.toml")
    assert months(r["amended_range"]) == (97, 121, False)
    assert r["lowest_months"] == 81
    assert [limit["section"] for limit in r["limits"]] == [
        "§1B1.10(b)(2)(A)", "§1B1.10(b)(2)(B)", "§1B1.10(c)"]


def test_without_the_motion_the_minimum_bounds_the_amended_range(capsys, tmp_path):
    """The same case without § 3553(e): §5G1.1(c)(2) makes the amended range 120-121, still
    lower than 121-151, and nothing below 120 months is allowed."""
    path = tmp_path / "minimum.toml"
    path.write_text((CASES / "mandatory-minimum-substantial-assistance-782.toml").read_text()
                    .replace("substantial_assistance_motion = true",
                             "substantial_assistance_motion = false")
                    .replace("imposed_months = 101", "imposed_months = 121")
                    .replace("substantial_assistance = true", "substantial_assistance = false"))
    r = reduce_json(capsys, path)
    assert months(r["amended_range"]) == (120, 121, False)
    assert r["eligible"] and r["lowest_months"] == 120


@pytest.mark.parametrize("args", [[], ["--amendment", "782"]])
def test_uncovered_amendment_in_between_refused(args):
    run = run_ussg("reduce", CASES / "methamphetamine-1996-782.toml", *args)
    assert run.code == 2 and "Amendment(s) 555, 556 (eff. Nov. 1, 1997)" in run.err
    assert "Traceback" not in run.err


def test_a_5k1_1_departure_is_a_substantial_assistance_motion(capsys, tmp_path):
    """The comparable reduction follows from the case's own §5K1.1 departure too."""
    text = (CASES / "powder-782-substantial-assistance.toml").read_text().replace(
        "substantial_assistance = true", "substantial_assistance = false")
    path = tmp_path / "departure.toml"
    path.write_text(text + '\n[[departures]]\nafter = "total"\nlevels = -2\n'
                           'section = "§5K1.1"\nreason = "Substantial assistance"\n')
    r = reduce_json(capsys, path)
    assert r["lowest_months"] == 78
    assert months(r["original_range"]) == (121, 151, False)  # before the departure


# Many motions: batch files (guidelines/batch.py, README "Many cases") --------------------

JSONL = CASES / "reductions.jsonl"  # the case files above, a line each, in this order
JSONL_ORDER = ["crack-706-750", "powder-782", "powder-782-substantial-assistance",
               "career-offender-782", "statutory-minimum-782", "status-points-821",
               "zero-point-821", "crack-505-1998",
               "mandatory-minimum-substantial-assistance-782"]


def test_jsonl_gives_what_each_case_file_gives(capsys):
    code = main(["reduce", str(JSONL), "--jobs", "1", "--quiet"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and [r["line"] for r in lines] == list(range(1, len(JSONL_ORDER) + 1))
    for result, name in zip(lines, JSONL_ORDER):
        alone = reduce_json(capsys, CASES / f"{name}.toml")
        assert {k: v for k, v in result.items() if k not in ("file", "line")} == \
            {k: v for k, v in alone.items() if k != "file"}, name


def test_csv_rows_and_columns(capsys):
    """Three rows of reductions.csv restate powder-782, its substantial-assistance variant
    and crack-706-750 in columns: the same lowest terms (97, 78, 97)."""
    code = main(["reduce", str(CASES / "reductions.csv"), "--format", "csv", "--quiet"])
    import csv as csv_module
    rows = list(csv_module.DictReader(capsys.readouterr().out.splitlines()))
    assert code == 0
    assert [(r["line"], r["eligible"], r["lowest_months"], r["amended_range_min"])
            for r in rows] == [("2", "true", "97", "97"), ("3", "true", "78", "97"),
                               ("4", "true", "97", "97")]


def test_a_bad_line_among_good_ones(tmp_path):
    lines = JSONL.read_text().splitlines()
    bad = json.loads(lines[1])
    bad["reduction"]["motion_date"] = "Nov. 2, 2015"
    path = tmp_path / "motions.jsonl"
    path.write_text("\n".join([lines[0], json.dumps(bad), lines[2]]) + "\n")
    run = run_ussg("reduce", path, "--jobs", "1")
    out = run.json_lines()
    assert run.code == 2 and [r["line"] for r in out] == [1, 2, 3]
    assert "error" in out[1] and out[1]["problems"][0]["field"] == "reduction.motion_date"
    assert out[0]["eligible"] and out[2]["lowest_months"] == 78
    assert "line 2" in run.err


def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text(JSONL.read_text() * 20)  # 180 motions: three chunks of 64
    one = run_ussg("reduce", path, "--jobs", "1")
    two = run_ussg("reduce", path, "--jobs", "2")
    assert one.code == two.code == 0 and one.out == two.out
    assert len(one.out.splitlines()) == 180


def test_impact_summary(capsys, tmp_path):
    """reductions.jsonl plus a bad line: 10 motions, 7 eligible, 2 not ((a)(2)(B): the career
    offender and the statutory minimum), 1 not computed. The largest reductions allowed,
    imposed minus lowest: 121-97 = 24 (706), 24 (782), 97-78 = 19, 77-63 = 14 (status),
    51-41 = 10 (zero-point), 360-52 = 308 (505, time served), 101-81 = 20: median 20, mean
    419/7 = 59.857 → 59.9."""
    path = tmp_path / "motions.jsonl"
    path.write_text(JSONL.read_text() + '{"criminal_history": {"category": "VII"}}\n')
    code = main(["reduce", str(path), "--summary", "--format", "json", "--quiet"])
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert code == 2 and "line 10" in captured.err  # the bad line still said
    assert (summary["motions"], summary["eligible"], summary["not_computed"]) == (10, 7, 1)
    assert summary["not_eligible"] == {"§1B1.10(a)(2)(B)": 2}
    most = summary["most_months"]
    assert (most["min"], most["median"], most["mean"], most["max"]) == (10, "20", "59.9", 308)
    assert main(["reduce", str(JSONL), "--summary", "--quiet"]) == 0
    text = capsys.readouterr().out
    assert "median 20   mean 59.9" in text and "288–323" in text


def test_impact_quantiles_are_exact():
    from ussg.guidelines.manual.ch1.part_b_reductions import ImpactSummary
    summary = ImpactSummary()
    for most in (3, 8, 10, 30):
        summary.add({"eligible": True, "reason_section": "§1B1.10(a)(1)", "most_months": most})
    assert summary.quantile(Decimal(1) / 2) == 9 and summary.mean == Decimal("12.75")


def test_the_impact_chart_is_an_svg_of_the_same_histogram(capsys, tmp_path):
    """--chart FILE.svg: a well-formed SVG whose bars are the text histogram's bins, each
    titled with its months and motions (the 7 eligible motions of reductions.jsonl reduce by
    10 to 308 months: 36-month bins, at most 12 of them)."""
    import xml.etree.ElementTree as ElementTree
    chart = tmp_path / "impact.svg"
    assert main(["reduce", str(JSONL), "--summary", "--quiet", "--chart", str(chart)]) == 0
    text = capsys.readouterr().out
    shown = [line.split() for line in text.splitlines() if line.startswith("  ") and "–" in line
             and line.split()[0][0].isdigit()]
    svg = ElementTree.fromstring(chart.read_text(encoding="utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    bars = [r.find(f"{ns}title").text for r in svg.iter(f"{ns}rect") if r.find(f"{ns}title")
            is not None]
    assert bars == [f"{row[0]} months: {row[-1]}" for row in shown]
    assert sum(int(b.rsplit(": ", 1)[1]) for b in bars) == 7  # the eligible motions


def test_the_chart_needs_the_summary_and_a_folder(capsys, tmp_path):
    assert main(["reduce", str(JSONL), "--quiet", "--chart", str(tmp_path / "x.svg")]) == 2
    assert "--summary" in capsys.readouterr().err
    assert main(["reduce", str(JSONL), "--summary", "--quiet", "--chart",
                 str(tmp_path / "nowhere" / "x.svg")]) == 2
    assert "no folder" in capsys.readouterr().err


def test_a_sentence_under_the_1987_manual_is_answered_not_an_internal_error(capsys, tmp_path):
    """Sentenced on Oct. 11, 1988 (the 1987 Manual as amended in 1988) for one listed
    substance: the Drug Equivalency Tables of 1987-1989 are not entered, but the case never
    reads them (one substance the Drug Quantity Table lists), so the motion is answered; it
    used to stop on the missing table with an internal error (exit 1). Amendment 505 is not
    considered (the 1989 table it would bring also carries Amendment 125, not covered)."""
    path = tmp_path / "crack-1988.toml"
    path.write_text('sentencing_date = 1988-10-11\n[offense]\n[[offense.drugs]]\n'
                    'substance = "cocaine base"\nquantity = "20 kg"\n'
                    '[criminal_history]\ncategory = "I"\n[sentence]\nimposed_months = 360\n'
                    '[reduction]\nmotion_date = 2015-05-10\ncustody_began = 1988-10-11\n')
    answer = reduce_json(capsys, path)
    assert any("Amendment 505 cannot be substituted alone" in line and "Amendment(s) 125" in line
               for line in answer["not_considered"]), answer["not_considered"]
