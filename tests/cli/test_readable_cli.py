"""What the command line says, through the real `ussg` (issue #13): `compare` never cuts a
title mid-word; `tables` counts "1 version" and dates each provision from the day it began;
`calc --help` states the exit statuses; a year with no Nov. 1 edition names the dates that
are, and none is picked.

Dates from tables/editions.toml and the Manual: the original Manual took effect Nov. 1, 1987
and was amended on Jan. 15, June 15 and Oct. 15, 1988 (Appendix C, Amendments 1-66); the next
edition is Nov. 1, 1989. §3B1.5 (body armor) was added by Amendment 659, Nov. 1, 2003;
§2D1.1(b)(12) (premises) by Amendment 748, Nov. 1, 2010.
"""

from __future__ import annotations

import re

from tests.conftest import EXAMPLES, run_ussg

LEON = EXAMPLES / "leon-1994.toml"


def test_compare_wraps_titles_at_word_boundaries() -> None:
    run = run_ussg("compare", LEON, "--manual", "1993,1994")
    assert run.code == 0, run.err
    (report,) = run_ussg("compare", LEON, "--manual", "1993,1994", "--format",
                         "json").json_lines()
    titles = {s["title"] for e in report["editions"] for s in e["steps"]
              if s["chapter"] != "edition"}  # the edition is the heading, not a row
    assert "Dangerous weapon (including a firearm) possessed" in titles  # 48 characters
    lines = run.out.splitlines()
    header = next(i for i, l in enumerate(lines) if "1993-11-01" in l and "1994-11-01" in l
                  and not l.lstrip().startswith("1993-11-01:"))
    column = lines[header].index("1993-11-01")
    body = lines[header + 1:lines.index("", header + 1)]
    label_text = " ".join(l[2:column].strip() for l in body)
    for title in titles:
        assert title in label_text, title
    weapon = next(i for i, l in enumerate(body) if "Dangerous weapon" in l)
    assert body[weapon][2:column].strip() == "Dangerous weapon (including a firearm)"
    assert body[weapon + 1][2:column].strip() == "possessed"
    # 1993: 42, departed to 38, +2; 1994: 38 (Amendment 505), departure not applied, +2.
    assert body[weapon].count("+2 → 40") == 2 and body[weapon + 1][column:].strip() == ""


def test_tables_counts_one_version_and_dates_each_provision_from_its_start() -> None:
    run = run_ussg("tables")
    assert run.code == 0, run.err
    assert not re.search(r"\(1 versions", run.out)
    rows = {line.split()[0]: line for line in run.out.splitlines()[2:] if line.strip()}
    assert rows["aggregate_grouping"].endswith("(6 versions, from 1987-11-01)")
    assert rows["body_armor"].endswith("(2 versions, from 2003-11-01)")
    assert rows["drug_premises"].endswith("versions, from 2010-11-01)")
    assert rows["sentencing_table"].endswith("from 1987-11-01)")
    for name, line in rows.items():
        count = int(re.search(r"\((\d+) versions?, ", line).group(1))
        assert (" version," in line) == (count == 1), name


def test_calc_help_states_the_exit_statuses(tmp_path) -> None:
    run = run_ussg("calc", "--help")
    assert run.code == 0
    help_text = run.out[run.out.index("exit status:"):]
    assert re.search(r"^  0 +every case file was computed", help_text, re.M)
    assert re.search(r"^  1 +an internal error", help_text, re.M)
    assert re.search(r"^  2 +bad input: a case file", help_text, re.M)
    # The statuses it states are the ones it gives: a good file 0, a bad one with it 2.
    assert run_ussg("calc", LEON).code == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(LEON.read_text().replace("to_level = 38", "to_level = 50"))
    both = run_ussg("calc", LEON, bad)
    assert both.code == 2 and "United States v. Leon" in both.out
    assert f"{bad}: departures[0].to_level" in both.err


def test_manual_1988_names_the_three_1988_dates_and_picks_none() -> None:
    run = run_ussg("calc", LEON, "--manual", "1988")
    assert run.code == 2 and run.out == "" and "Traceback" not in run.err
    assert "there is no 1988 edition" in run.err
    assert "Nov. 1, 1987 Manual was amended on 1988-01-15, 1988-06-15 and 1988-10-15" in run.err
    assert "ussg picks none" in run.err
    run = run_ussg("compare", LEON, "--manual", "1988,1993")
    assert run.code == 2 and run.out == "" and "1988-01-15, 1988-06-15 and 1988-10-15" in run.err
    # A date it names is accepted.
    assert run_ussg("calc", LEON, "--manual", "1988-10-15").code == 0


def test_a_year_without_any_amendment_names_the_manual_in_force() -> None:
    run = run_ussg("calc", LEON, "--manual", "1999")  # Nov. 1, 1998, then May 1, 2000
    assert run.code == 2 and run.out == ""
    assert "no amendment took effect in 1999" in run.err
    assert "--manual 1998-11-01" in run.err
