"""How `ussg calc` reads and writes a batch quickly (issue #17), without changing a result:
a line (or CSV row) is read into a case where it is computed (`read_batch(deferred=True)`:
in the worker process with several jobs); a computation is written as its JSON text
(`CalculateCase(as_text=True)`, `Computation.to_json_text`), the same bytes as its dict
through `json`; the dates walk goes only where a date field can be."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys

import pytest

from tests.conftest import EXAMPLES
from ussg.guidelines.batch import (CalculateCase, CaseLine, CsvRow, CsvWriter, JsonLine,
                                   JsonLinesWriter, _key_kinds, read_batch, run_batch,
                                   wording)
from ussg.guidelines.case.model import Case, Offense

LEON = json.loads((EXAMPLES / "batch" / "cases.jsonl").read_text().splitlines()[0])


def bad_and_good_lines() -> str:
    """Good cases between lines with every kind of problem the reader finds itself."""
    good = json.dumps(LEON, ensure_ascii=False)
    return "\n".join([
        good,
        '{"manual": "2016-11-01", "manual": "2016-11-01"}',  # a key twice
        "\ufeff" + good,  # a byte-order mark not at the start of the file
        '{"manual": null, "offense": {"drugs": [{"substance": "cocaine", "quantity": "1 kg"}]}}',
        good.replace('"1994-09-28"', '"1994-02-30"'),  # no such date
        good.replace('"1994-09-28"', "19940928"),  # a date as a number
        "[1, 2]",
        "{not json",
        "",
        good,
    ]) + "\n"


def results(path, *, deferred: bool, jobs: int, per_case=None) -> list:
    return list(run_batch(read_batch(path, deferred=deferred), per_case or CalculateCase(),
                          str(path), jobs=jobs, chunk_lines=2, reworded=wording("jsonl")))


@pytest.mark.parametrize("jobs", [1, 2])
def test_lines_read_where_computed_give_the_same_results(tmp_path, jobs) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(bad_and_good_lines(), encoding="utf-8")
    unread = list(read_batch(path, deferred=True))
    assert [type(item) for item in unread] == [JsonLine] * 9  # none read in this process
    eager = results(path, deferred=False, jobs=1)
    assert results(path, deferred=True, jobs=jobs) == eager
    assert [bool(r.problems) for r in eager] == [False, True, True, True, True, True, True,
                                                 True, False]
    # json.loads's own refusal of a byte-order mark, as before one decoder served every line
    assert "Unexpected UTF-8 BOM" in str(eager[2].error)
    assert "is given twice" in str(eager[1].error)


@pytest.mark.parametrize("jobs", [1, 2])
def test_csv_rows_read_where_computed_give_the_same_results(tmp_path, jobs) -> None:
    path = tmp_path / "cases.csv"
    text = (EXAMPLES / "batch" / "cases.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    # a row with a wrong integer and boolean (the cells shown in the message), and one short
    header = lines[0].split(",")
    bad = lines[1].split(",")
    bad[header.index("participants")], bad[header.index("dangerous_weapon")] = "5x", "yes"
    path.write_text("\n".join([*lines, ",".join(bad), "a,b", lines[1]]) + "\n",
                    encoding="utf-8")
    unread = list(read_batch(path, deferred=True))
    assert all(type(item) is CsvRow for item in unread)
    eager = list(run_batch(read_batch(path), CalculateCase(), str(path), chunk_lines=2,
                           reworded=wording("csv")))
    deferred = list(run_batch(unread, CalculateCase(), str(path), jobs=jobs, chunk_lines=2,
                              reworded=wording("csv")))
    assert deferred == eager
    said = str(eager[-3].error)
    assert 'participants: expected an integer (digits 0-9), got "5x"' in said
    assert 'dangerous_weapon: expected true or false, got "yes"' in said
    assert eager[-1].output == eager[0].output


def test_a_computation_written_as_text_is_the_bytes_of_its_dict(tmp_path) -> None:
    """JsonLinesWriter writes CalculateCase(as_text=True)'s text after the file and line: the
    same line as the dict through json (a file name with quotes and non-ASCII letters)."""
    path = tmp_path / 'caseload "ü" §.jsonl'
    path.write_text(bad_and_good_lines(), encoding="utf-8")
    as_dict, as_text = io.StringIO(), io.StringIO()
    for result in results(path, deferred=True, jobs=1):
        JsonLinesWriter(as_dict).write(result)
    texts = results(path, deferred=True, jobs=1, per_case=CalculateCase(as_text=True))
    assert isinstance(texts[0].output, str)
    for result in texts:
        JsonLinesWriter(as_text).write(result)
    assert as_text.getvalue() == as_dict.getvalue()
    assert as_text.getvalue().startswith('{"file": "' + str(path).replace('"', '\\"'))
    # a CSV writer given the text writes what it writes of the dict
    csv_dict, csv_text = io.StringIO(), io.StringIO()
    for result in results(path, deferred=True, jobs=1):
        CsvWriter(csv_dict).write(result)
    for result in texts:
        CsvWriter(csv_text).write(result)
    assert csv_text.getvalue() == csv_dict.getvalue()


def test_the_dates_walk_goes_only_where_a_date_can_be() -> None:
    """_key_kinds: a date field; a model with a date field inside (the walk goes in); a model
    with none (it does not); a guideline's facts table is looked at only when stated, its
    module not imported before."""
    assert _key_kinds(Case, "sentencing_date") == (True, None)
    assert _key_kinds(Case, "criminal_history")[1] is not None  # prior sentences' dates
    assert _key_kinds(Case, "offense") == (False, Offense)  # facts tables may hold dates
    assert _key_kinds(Case, "manual") is None and _key_kinds(Case, "adjustments") is None
    assert _key_kinds(Offense, "drugs") is None  # no date anywhere in a drug
    assert _key_kinds(Case, "no_such_key") is None
    module = "ussg.guidelines.manual.ch2.s2l1_2.facts"
    assert _key_kinds(Offense, "reentry")[1].__module__ == module  # §2L1.2's dates
    assert module in sys.modules


def test_a_date_inside_a_facts_table_is_still_read() -> None:
    """The §2L1.2 table's dates, in JSON Lines as ISO strings, are read as dates; a date
    given as a number is the reader's problem, named by its field."""
    from ussg.guidelines.batch import case_line

    def reentry(value):
        return {"manual": "2016-11-01", "offense": {"guideline": "2L1.2", "reentry": {
            "first_ordered_removed": value}}}

    data = reentry("2010-05-01")
    case_line(data)
    assert data["offense"]["reentry"]["first_ordered_removed"] == dt.date(2010, 5, 1)
    wrong = case_line(reentry(20100501))
    assert any(p.field == "offense.reentry.first_ordered_removed"
               and p.message.startswith("expected a date as a string") for p in wrong.problems)


def test_case_line_type_is_unchanged_for_eager_reading(tmp_path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(LEON) + "\n", encoding="utf-8")
    assert [type(item) for item in read_batch(path)] == [CaseLine]
