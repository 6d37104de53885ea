"""The Manual in force today: the Nov. 1, 2026 amendments, and never a stale edition in silence.

§1B1.11(a): "The court shall use the Guidelines Manual in effect on the date that the defendant
is sentenced." From Nov. 1, 2026 that is the Manual with the amendments of 91 FR 24088 (May 4,
2026, FR Doc. 2026-08647), which ussg has not entered (tables/editions.toml; README.md, "Known
gaps"). A date under it, or after the date the list of editions was reviewed through, is
refused naming what is missing; `--assume-latest` computes under the newest edition entered,
marked "not verified for this date" at the top and on every step.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import CaseFileError, calculate, load_case
from ussg.guidelines.cli import main
from ussg.guidelines.engine.editions import (EditionError, edition_in_force, edition_named,
                                             manual_dates, supported_dates)
from ussg.guidelines.engine.tables import TableError, load_table, table_names
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "editions"
BEFORE = str(DATA / "sentenced-2026-10-31.toml")
AFTER = str(DATA / "sentenced-2026-12-01.toml")
PAST_REVIEW = str(DATA / "sentenced-2027-01-04.toml")
OFFENSE_2024 = str(DATA / "offense-2024-sentenced-2026-12-01.toml")
NOV_1_2026 = dt.date(2026, 11, 1)

with (ROOT / "tables" / "editions.toml").open("rb") as _handle:
    CALENDAR = tomllib.load(_handle)


def ussg(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def calc_json(capsys, *args: str) -> dict:
    status, out, err = ussg(capsys, "calc", *args, "--format", "json")
    assert status == 0, err
    return json.loads(out)


# --- the calendar ----------------------------------------------------------------------------

def test_the_2026_edition_is_listed_with_the_notice_that_carries_it() -> None:
    entry = next(e for e in CALENDAR["edition"] if e["effective"] == NOV_1_2026)
    assert entry["kind"] == "annual" and entry["amendments"] == []  # numbers not known
    assert "FR Doc. 2026-08647" in entry["cited"] and "91 FR 24088" in entry["cited"]
    change = next(d for d in manual_dates() if d.effective == NOV_1_2026)
    assert not change.supported


def test_the_calendar_records_the_date_it_was_reviewed_through_with_a_reason() -> None:
    assert isinstance(CALENDAR["reviewed_through"], dt.date)
    assert CALENDAR["reviewed_through"] >= NOV_1_2026
    assert CALENDAR["reviewed_reason"].strip()


# --- §1B1.11(a) on both sides of Nov. 1, 2026 ------------------------------------------------

def test_sentenced_oct_31_2026_gets_the_2025_edition(capsys) -> None:
    data = calc_json(capsys, BEFORE)
    assert data["manual_in_force"] == "2025-11-01"
    assert data["manual"] == "Guidelines Manual, Nov. 1, 2025 edition"
    assert "Oct. 31, 2026" in data["steps"][0]["reason"]
    assert (data["total_offense_level"], data["range"]["min_months"],
            data["range"]["max_months"]) == (24, 51, 63)  # §2D1.1(c)(8); level 24, I
    assert not any("not verified" in w.lower() for w in data["warnings"])


def test_sentenced_dec_1_2026_is_refused_naming_the_2026_edition_and_what_is_missing(capsys) -> None:
    status, out, err = ussg(capsys, "calc", AFTER)
    assert status == 2 and out == ""
    assert err.startswith(f"ussg: {AFTER}: sentencing_date: ")
    for words in ("Dec. 1, 2026", "Nov. 1, 2026 edition", "FR Doc. 2026-08647",
                  "which ussg has not entered", "§2D1.1(c) (Drug Quantity Table)",
                  "checked only through Nov. 1, 2025", "Known gaps", "--assume-latest"):
        assert words in err, words
    assert "in effect on the date of sentencing" not in err + out


def test_a_date_past_the_review_is_refused_saying_the_list_stops_there(capsys) -> None:
    status, _, err = ussg(capsys, "calc", PAST_REVIEW)
    assert status == 2
    assert "reviewed only through Dec. 3, 2026" in err and "Jan. 4, 2027" in err
    assert "--assume-latest" in err


def test_naming_the_2026_manual_is_refused_too(capsys) -> None:
    status, _, err = ussg(capsys, "calc", BEFORE, "--manual", "2026")
    assert status == 2 and "manual: " in err and "Nov. 1, 2026 edition" in err


# --- --assume-latest -------------------------------------------------------------------------

@pytest.mark.parametrize("path, day", [(AFTER, "Dec. 1, 2026"), (PAST_REVIEW, "Jan. 4, 2027")])
def test_assume_latest_computes_under_the_2025_edition_with_every_step_marked(
        capsys, path: str, day: str) -> None:
    data = calc_json(capsys, path, "--assume-latest")
    reference = calc_json(capsys, BEFORE)  # the same facts under the same (2025) tables
    assert data["manual_in_force"] == "2025-11-01"
    assert f"not verified for this date ({day}" in data["manual"]
    assert data["warnings"][0].startswith(f"NOT VERIFIED FOR THIS DATE ({day})")
    assert all(f"not verified for this date ({day})" in s["source"] for s in data["steps"])
    assert data["range"] == reference["range"]
    assert [s["section"] for s in data["steps"]] == [s["section"] for s in reference["steps"]]
    # never "in effect" for an edition that was not: the step says what was done instead
    assert "not entered in ussg" in data["steps"][0]["reason"]


def test_assume_latest_warns_at_the_top_of_the_text_and_markdown_worksheets(capsys) -> None:
    status, text, _ = ussg(capsys, "calc", AFTER, "--assume-latest")
    assert status == 0
    lines = text.splitlines()
    warning = next(i for i, line in enumerate(lines) if line.startswith("WARNING: NOT VERIFIED"))
    first_step = next(i for i, line in enumerate(lines) if "§2D1.1(c)(8)" in line)
    assert warning < first_step
    assert "not verified for this date (Dec. 1, 2026" in lines[2]  # the "Manual:" line
    # each "source:" paragraph, its wrapped continuation lines (hanging indent) joined
    sources = [" ".join([line.strip()] + [more.strip() for more in
                                          itertools.takewhile(lambda t: t.startswith(" " * 14),
                                                              lines[i + 1:])])
               for i, line in enumerate(lines) if line.strip().startswith("source:")]
    assert sources and all("not verified for this date (Dec. 1, 2026)" in s for s in sources)
    status, markdown, _ = ussg(capsys, "calc", AFTER, "--assume-latest", "--format", "markdown")
    assert markdown.index("**Warning:** NOT VERIFIED") < markdown.index("| Section |")


def test_assume_latest_changes_nothing_for_a_date_ussg_has_entered(capsys) -> None:
    assert calc_json(capsys, BEFORE, "--assume-latest") == calc_json(capsys, BEFORE)


def test_assume_latest_with_an_offense_date_compares_with_the_offense_date_manual(capsys) -> None:
    status, _, err = ussg(capsys, "calc", OFFENSE_2024)
    assert status == 2 and "Nov. 1, 2026 edition" in err
    data = calc_json(capsys, OFFENSE_2024, "--assume-latest")
    assert data["compared"][0]["manual_in_force"] == "2023-11-01"
    editions = [s for s in data["steps"] if s["chapter"] == "edition"]
    assert [s["section"] for s in editions] == ["§1B1.11(a)", "§1B1.11(b)(1)"]
    assert all("not verified for this date (Dec. 1, 2026)" in s["source"] for s in data["steps"])
    assert not any("in effect at sentencing" in s["reason"] for s in editions)


def test_the_python_api_takes_assume_latest_as_a_keyword() -> None:
    case = load_case(AFTER)
    with pytest.raises(CaseFileError, match="Nov. 1, 2026 edition") as refused:
        calculate(case, where=AFTER)  # the API's one exception for bad input (README)
    assert refused.value.where == AFTER and refused.value.field == "sentencing_date"
    computation = calculate(case, assume_latest=True)
    assert computation.manual_in_force == dt.date(2025, 11, 1)
    assert all("not verified for this date" in step.source for step in computation.steps)


def test_compare_refuses_the_2026_manual_unless_asked_and_then_marks_it(capsys) -> None:
    status, _, err = ussg(capsys, "compare", BEFORE, "--manual", "2025,2026")
    assert status == 2 and "Nov. 1, 2026 edition" in err
    status, out, _ = ussg(capsys, "compare", BEFORE, "--manual", "2025,2026", "--assume-latest",
                          "--format", "json")
    assert status == 0
    editions = json.loads(out)["editions"]
    assert "not verified" not in editions[0]["manual"]
    assert "not verified for this date (Nov. 1, 2026" in editions[1]["manual"]
    assert editions[1]["warnings"][0].startswith("NOT VERIFIED FOR THIS DATE")


# --- every table on both sides of Nov. 1, 2026 -----------------------------------------------

@pytest.mark.parametrize("name", table_names())
def test_every_table_has_a_2026_version_or_refuses_the_2026_edition(name: str) -> None:
    """No table is checked against the 2026 amendments (their text could not be read): each
    refuses Nov. 1, 2026 and serves Oct. 31, 2026 with its version in force under 2025. A
    table entered for 2026 must carry its own 2026-11-01 version or record the review."""
    table = load_table(name)
    # tables are read as of the edition in force (Nov. 1, 2025 on Oct. 31, 2026)
    assert table.in_force(edition_in_force(dt.date(2026, 10, 31)).in_force).effective \
        <= dt.date(2025, 11, 1)
    if table.reviewed_through < NOV_1_2026:
        with pytest.raises(TableError, match="checked against amendments through Nov. 1, 2025"):
            table.in_force(NOV_1_2026)
    else:
        version = table.in_force(NOV_1_2026)
        assert version.effective == NOV_1_2026 or "2026-08647" in version.get("checked", "")


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2025, 11, 1), max_value=dt.date(2027, 12, 31)))
def test_the_edge_of_nov_1_2026(day: dt.date) -> None:
    if day < NOV_1_2026:
        assert edition_in_force(day).in_force == dt.date(2025, 11, 1)
        return
    with pytest.raises(EditionError) as refused:
        edition_in_force(day)
    message = str(refused.value)
    review = CALENDAR["reviewed_through"]
    assert ("Nov. 1, 2026 edition" in message) if day <= review else (
        "reviewed only through" in message)


def test_the_newest_supported_date_is_still_nov_1_2025() -> None:
    assert max(supported_dates()) == dt.date(2025, 11, 1)
    assert edition_named("2025").in_force == dt.date(2025, 11, 1)


# --- ussg editions ---------------------------------------------------------------------------

def test_ussg_editions_lists_every_edition_with_its_amendments_and_verification(capsys) -> None:
    status, out, _ = ussg(capsys, "editions")
    assert status == 0
    lines = out.splitlines()
    assert "reviewed through Dec. 3, 2026" in out
    for entry in CALENDAR["edition"]:
        i = next(i for i, line in enumerate(lines)
                 if line.startswith(entry["effective"].isoformat()))
        assert entry["kind"] in lines[i]
        for numbers in entry["amendments"]:
            assert numbers in lines[i]
        assert lines[i + 2].strip().startswith("tables: ")
        total = sum(int(part.split()[0]) for part in lines[i + 2].split(": ", 1)[1].split(", "))
        assert total == len(table_names())
    i = next(i for i, line in enumerate(lines) if line.startswith("2026-11-01"))
    assert "FR Doc. 2026-08647" in lines[i] and "NOT ENTERED" in lines[i + 1]
    assert f"{len(table_names())} not checked" in lines[i + 2]
    i = next(i for i, line in enumerate(lines) if line.startswith("2025-11-01"))
    assert "Amendments 832-836" in lines[i] and lines[i + 1].strip() == "computed"
