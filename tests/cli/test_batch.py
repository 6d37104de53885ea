"""Batch input for `ussg calc` (issue #16, "A caseload"): a JSON Lines or CSV file of many
cases, a result a line in input order with its line number, a bad line reported with its
line and field while the rest is computed (exit 2), memory flat in the number of lines,
`--jobs 2` byte-identical to `--jobs 1`.

Every case here is a case file of the repository, so each batch result is checked against
`ussg calc FILE.toml --format json` of the same case, never against a copied answer:
examples/batch/cases.jsonl holds the seven examples/*.toml (the keys of each TOML file, dates
as ISO strings); examples/batch/cases.csv holds, row by row, the five case files of
CSV_SOURCES, written by hand in the CSV columns (README, "Many cases").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines.batch import calculate_many
from ussg.guidelines.cli import main

from tests.conftest import EXAMPLES, ROOT

BATCH = EXAMPLES / "batch"
#: examples/batch/cases.jsonl, line by line: the example case files it holds.
JSONL_SOURCES = ["leon-1994", "leon-1994-counts", "courier-2025", "criminal-record",
                 "multicount-1995", "firearm-924c-2025", "ex-post-facto-meth"]
#: examples/batch/cases.csv, from its second line (the first is the header): the case files
#: each row states.
CSV_SOURCES = ["examples/leon-1994.toml",  # §2D1.1(c)(1), departure to 38, +2, +4: life
               "examples/ex-post-facto-meth.toml",  # §1B1.11(b)(1): two Manuals compared
               "tests/data/drug_2018_2025/courier-2024.toml",  # §2D1.1(a)(5) cap, §3B1.2(a)
               "tests/data/statutory/below-minimum.toml",  # §5G1.1(b): the minimum binds
               "tests/data/stated/points-alone-2025.toml"]  # points alone give the category


def calc(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["calc", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def toml_json(capsys, path: str | Path) -> dict:
    """`ussg calc PATH --format json`, without the file's name."""
    code, out, err = calc(capsys, path, "--format", "json")
    assert code == 0, err
    result = json.loads(out)
    del result["file"]
    return result


def batch_json(capsys, path: Path, *args: str) -> tuple[int, list[dict], str]:
    code, out, err = calc(capsys, path, "--jobs", "1", *args)
    return code, [json.loads(line) for line in out.splitlines()], err


def iso_dates(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(value)


def jsonl_of(*datas: dict) -> str:
    return "".join(json.dumps(d, default=iso_dates, ensure_ascii=False) + "\n" for d in datas)


def example_data(name: str) -> dict:
    return tomllib.loads((EXAMPLES / f"{name}.toml").read_text(encoding="utf-8"))


# Round trips --------------------------------------------------------------------------------

def test_the_jsonl_example_holds_the_example_case_files_with_dates_as_iso_strings() -> None:
    lines = (BATCH / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(JSONL_SOURCES)
    for line, name in zip(lines, JSONL_SOURCES):
        assert json.loads(line) == json.loads(jsonl_of(example_data(name))), name


def test_jsonl_round_trip_gives_what_each_toml_file_gives(capsys) -> None:
    code, results, err = batch_json(capsys, BATCH / "cases.jsonl")
    assert code == 0, err
    assert [r["line"] for r in results] == list(range(1, len(JSONL_SOURCES) + 1))
    for result, name in zip(results, JSONL_SOURCES):
        assert result.pop("file") == str(BATCH / "cases.jsonl")
        del result["line"]
        assert result == toml_json(capsys, EXAMPLES / f"{name}.toml"), name
    assert results[0]["range"]["life"] is True  # Leon: life (README, the seed case)


def test_csv_round_trip_gives_what_each_toml_file_gives(capsys) -> None:
    code, results, err = batch_json(capsys, BATCH / "cases.csv")
    assert code == 0, err
    assert [r["line"] for r in results] == [2, 3, 4, 5, 6]
    for result, source in zip(results, CSV_SOURCES):
        del result["file"], result["line"]
        assert result == toml_json(capsys, ROOT / source), source


def test_csv_output_has_a_row_per_case_with_the_json_results(capsys) -> None:
    code, out, err = calc(capsys, BATCH / "cases.jsonl", "--format", "csv", "--jobs", "1")
    assert code == 0, err
    import csv
    rows = list(csv.DictReader(out.splitlines()))
    _, results, _ = batch_json(capsys, BATCH / "cases.jsonl")
    assert len(rows) == len(results)
    for row, result in zip(rows, results):
        assert row["line"] == str(result["line"]) and row["status"] == "computed"
        assert row["case_name"] == result["case_name"]
        assert row["table_offense_level"] == str(result["table_offense_level"])
        assert row["criminal_history_category"] == result["criminal_history_category"]
        low = result["range"]["min_months"]
        assert row["range_min_months"] == ("" if low is None else str(low))
        assert row["range_life"] == ("true" if result["range"]["life"] else "false")
        assert row["warnings"] == " | ".join(result["warnings"])
        assert row["error"] == ""


def test_the_python_api_takes_lines_or_dicts_in_order() -> None:
    leon = example_data("leon-1994")  # dates as datetime.date, as tomllib gives them
    lines = [jsonl_of(example_data("courier-2025")), leon, "not json"]
    results = list(calculate_many(lines))
    assert [r.line for r in results] == [1, 2, 3]
    assert results[0].output["range"] == {"min_months": 41, "max_months": 51, "life": False}
    assert results[1].output["range"]["life"] is True and results[1].name == \
        "United States v. Leon"
    assert results[2].output is None and "not valid JSON" in results[2].problems[0].message
    as_text = json.loads(jsonl_of(leon))  # the dates as ISO strings
    wrong = {**leon, "manual": dt.date(1993, 11, 1)}  # a date where the key takes a string
    again, refused = calculate_many([as_text, wrong])
    assert again.output == results[1].output
    assert refused.problems[0].field == "manual" and refused.problems[0].message == \
        "expected a JSON string (in quotes), got the date 1993-11-01"
    assert leon["sentencing_date"] == dt.date(1994, 9, 28)  # the caller's dict not changed


# Bad lines ----------------------------------------------------------------------------------

def test_a_bad_line_among_good_ones_is_reported_with_its_line_and_field(capsys,
                                                                        tmp_path) -> None:
    leon, courier = example_data("leon-1994"), example_data("courier-2025")
    wrong_quantity = json.loads(jsonl_of(courier))
    wrong_quantity["offense"]["drugs"][0]["quantity"] = 12  # a number: quantities are text
    batch = tmp_path / "cases.jsonl"
    batch.write_text(jsonl_of(leon, wrong_quantity) + "\n{\"manual\": \n" + jsonl_of(courier),
                     encoding="utf-8")
    code, results, err = batch_json(capsys, batch)
    assert code == 2
    assert [r["line"] for r in results] == [1, 2, 4, 5]  # line 3 is blank: skipped
    assert results[0]["range"]["life"] is True and results[3]["table_offense_level"] == 22
    assert results[1]["problems"] == [{
        "field": "offense.drugs[0].quantity",
        "message": "expected a JSON string (in quotes), got the integer 12"}]
    assert results[1]["case_name"] == "Example: a courier under the 2025 Manual"
    assert results[2]["problems"][0]["message"].startswith("not valid JSON (at column")
    assert f"{batch}: offense.drugs[0].quantity: expected a JSON string" in err
    assert "(line 2)" in err and "(line 4)" in err
    assert "2 cases not computed (lines 2, 4)" in err
    del results[3]["file"], results[3]["line"]
    assert results[3] == toml_json(capsys, EXAMPLES / "courier-2025.toml")


@pytest.mark.parametrize("value, said", [
    (19940928, "got the integer 19940928"),
    (True, "got the boolean true"),
    ("28/09/1994", 'got the string "28/09/1994"'),
    ("1994-09-28T00:00:00", 'got the string "1994-09-28T00:00:00"'),
])
def test_a_date_given_otherwise_than_as_an_iso_string_is_refused(capsys, tmp_path, value,
                                                                 said) -> None:
    record = example_data("criminal-record")
    data = json.loads(jsonl_of(record))
    data["sentencing_date"] = value
    data["criminal_history"]["priors"][1]["offense_date"] = value  # a date inside an array
    batch = tmp_path / "dates.jsonl"
    batch.write_text(json.dumps(data) + "\n", encoding="utf-8")
    code, (result,), err = batch_json(capsys, batch)
    assert code == 2
    fields = {p["field"]: p["message"] for p in result["problems"]}
    expected = f'expected a date as a string "YYYY-MM-DD", such as "1994-09-28", {said}'
    assert fields["sentencing_date"] == expected
    assert fields["criminal_history.priors[1].offense_date"] == expected


def test_a_date_that_does_not_exist_is_refused_with_the_field(capsys, tmp_path) -> None:
    data = json.loads(jsonl_of(example_data("leon-1994")))
    data["sentencing_date"] = "1994-02-30"
    batch = tmp_path / "dates.jsonl"
    batch.write_text(json.dumps(data) + "\n", encoding="utf-8")
    code, (result,), _ = batch_json(capsys, batch)
    assert code == 2
    assert result["problems"][0]["field"] == "sentencing_date"
    assert "is not a date" in result["problems"][0]["message"]


@pytest.mark.parametrize("where, value, expected", [
    (("adjustments", "role", "participants"), "5", "expected an integer of at least 1, got "
                                                   "the string \"5\""),
    (("departures", 0, "to_level"), True, "expected an integer from 1 to 43, got the "
                                          "boolean true"),
    (("offense", "dangerous_weapon"), 1, "expected a JSON boolean (true or false), got the "
                                         "integer 1"),
    (("case", "name"), None, "null is not a value: leave the key out instead"),
    (("departures", 0, "to_level"), 38.0, "expected an integer from 1 to 43, got the float "
                                          "38.0"),
])
def test_other_types_stay_exact(capsys, tmp_path, where, value, expected) -> None:
    data = json.loads(jsonl_of(example_data("leon-1994")))
    target = data
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = value
    batch = tmp_path / "types.jsonl"
    batch.write_text(json.dumps(data) + "\n", encoding="utf-8")
    code, (result,), _ = batch_json(capsys, batch)
    assert code == 2
    field = ".".join(str(p) for p in where).replace(".0.", "[0].")
    assert {"field": field, "message": expected} in result["problems"]


@pytest.mark.parametrize("line, message", [
    ('{"manual": "2025", "manual": "1994"}', 'the key "manual" is given twice'),
    ('{"manual": NaN}', "not a value a case file takes"),
    ('[1, 2]', "a line is one case, a JSON object {...}; got an array"),
    ('"text"', 'got the string "text"'),
    ('{"manual": ' + "[" * 5000 + "]" * 5000 + "}", "nested more than 32 deep"),
    ('{"criminal_history": {"points": ' + "9" * 5000 + "}}", "a number of more than 4,300 "
                                                               "digits; integers in a case "
                                                               "file have at most 15 digits"),
    ('{"criminal_history": {"points": ' + "9" * 16 + "}}", "criminal_history.points: the "
                                                             "number 9999999999999999 is too "
                                                             "large"),
])
def test_hostile_lines_are_refused_and_the_next_line_still_computed(capsys, tmp_path, line,
                                                                    message) -> None:
    batch = tmp_path / "hostile.jsonl"
    batch.write_text(line + "\n" + jsonl_of(example_data("leon-1994")), encoding="utf-8")
    code, results, _ = batch_json(capsys, batch)
    assert code == 2
    assert results[0]["line"] == 1 and message in results[0]["error"]
    assert results[1]["line"] == 2 and results[1]["range"]["life"] is True


def test_a_line_too_long_or_not_utf8_is_refused_alone(capsys, tmp_path) -> None:
    batch = tmp_path / "bytes.jsonl"
    leon = jsonl_of(example_data("leon-1994")).encode()
    batch.write_bytes(b'{"case": {"name": "' + b"x" * (2 * 1024 * 1024 + 10) + b'"}}\n'
                      + leon + b'{"case": {"name": "\xff"}}\n' + leon)
    code, results, _ = batch_json(capsys, batch)
    assert code == 2
    assert [r["line"] for r in results] == [1, 2, 3, 4]
    assert "a case may be at most 2,097,152 bytes" in results[0]["error"]
    assert "not UTF-8 text (at column 20): byte 0xff" in results[2]["error"]
    assert results[1]["range"]["life"] is True and results[3]["range"]["life"] is True


def test_a_bad_csv_row_is_named_by_its_columns_and_the_others_computed(capsys,
                                                                      tmp_path) -> None:
    rows = (BATCH / "cases.csv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split(",")
    bad = dict.fromkeys(header, "")
    bad.update(name="Bad row", sentencing_date="28/09/1994", substance="heroin",
               quantity="1 kg", participants="five", dangerous_weapon="yes",
               criminal_history_category="I")
    batch = tmp_path / "cases.csv"
    batch.write_text("\n".join([rows[0], rows[1], ",".join(bad.values()), rows[2], "a,b"])
                     + "\n", encoding="utf-8")
    code, results, err = batch_json(capsys, batch)
    assert code == 2
    assert [r["line"] for r in results] == [2, 3, 4, 5]
    problems = {p["field"]: p["message"] for p in results[1]["problems"]}
    assert problems["participants"] == 'expected an integer (digits 0-9), got "five"'
    assert problems["dangerous_weapon"] == 'expected true or false, got "yes"'
    assert problems["sentencing_date"].endswith('got the string "28/09/1994"')
    assert results[1]["case_name"] == "Bad row"
    assert results[3]["error"].endswith(f"2 cells; the header has {len(header)} columns "
                                        f"(line 5)")
    assert results[0]["range"]["life"] is True
    del results[2]["file"], results[2]["line"]
    assert results[2] == toml_json(capsys, ROOT / CSV_SOURCES[1])


def test_a_csv_header_with_an_unknown_column_stops_the_file(capsys, tmp_path) -> None:
    batch = tmp_path / "cases.csv"
    batch.write_text("name,substance,quantty\nx,heroin,1 kg\n", encoding="utf-8")
    code, results, _ = batch_json(capsys, batch)
    assert code == 2 and len(results) == 1 and results[0]["line"] == 1
    assert "unknown columns: 'quantty'" in results[0]["error"]


def test_an_unknown_substance_found_computing_is_named_by_its_csv_column(capsys,
                                                                         tmp_path) -> None:
    batch = tmp_path / "cases.csv"
    batch.write_text("name,manual,substance,quantity,criminal_history_category\n"
                     "x,2025,heroine,1 kg,I\n", encoding="utf-8")
    code, (result,), _ = batch_json(capsys, batch)
    assert code == 2
    assert result["problems"][0]["field"] == "substance"
    assert "heroine" in result["problems"][0]["message"]


@pytest.mark.parametrize("args, message", [
    (["a.toml", "b.jsonl"], "not both"),
    (["b.jsonl", "--format", "text"], "--format text is for case files"),
    (["examples/leon-1994.toml", "--format", "csv"], "--format csv is for batch files"),
    (["missing.csv"], "missing.csv: no such file"),
    (["{tmp}/folder.jsonl"], "is not a regular file"),
    (["b.jsonl", "--jobs", "0"], "'0' is not a whole number from 1 to 256"),
    (["b.jsonl", "--jobs", "1000"], "'1000' is not a whole number from 1 to 256"),
])
def test_a_wrong_command_or_file_is_exit_2(ussg, tmp_path, args, message) -> None:
    (tmp_path / "folder.jsonl").mkdir()
    run = ussg("calc", *(arg.format(tmp=tmp_path) for arg in args))
    assert run.code == 2 and message in run.err, run.err
    assert "Traceback" not in run.err


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(JSONL_SOURCES + ["bad"]), min_size=1, max_size=12))
def test_each_line_has_the_result_of_its_own_case(order) -> None:
    """Whatever the order and the bad lines among them, line N gives case N's result."""
    lines = [jsonl_of(example_data(name)) if name != "bad" else "{\n" for name in order]
    results = list(calculate_many(lines, jobs=1))
    assert [r.line for r in results] == list(range(1, len(order) + 1))
    for name, result in zip(order, results):
        if name == "bad":
            assert result.output is None
        else:
            assert result.output["case_name"] == example_data(name)["case"]["name"]


# Jobs, streaming, progress --------------------------------------------------------------------

def generated_cases(tmp_path: Path, copies: int, name: str = "many.jsonl") -> Path:
    """``copies`` times the benchmark's 2,000 generated cases (every supported edition, each
    substance of its table, weapon and role varied), with a bad line every 500 lines."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_calculate import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    lines = [json.dumps(case) for case in generate(2000)]
    for index in range(0, len(lines), 500):
        lines[index] = '{"criminal_history": {"category": "VII"}}'
    path = tmp_path / name
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(copies):
            handle.write("\n".join(lines) + "\n")
    return path


def test_two_jobs_give_byte_identical_output_in_input_order(ussg, tmp_path) -> None:
    batch = generated_cases(tmp_path, 1)
    one, two = ussg("calc", batch, "--jobs", "1"), ussg("calc", batch, "--jobs", "2")
    assert one.code == two.code == 2  # the bad lines
    assert one.out == two.out and one.err == two.err
    results = one.json_lines()
    assert [r["line"] for r in results] == list(range(1, 2001))
    assert [r["line"] for r in results if "error" in r] == [1, 501, 1001, 1501]
    csv_one = ussg("calc", batch, "--jobs", "1", "--format", "csv")
    csv_two = ussg("calc", batch, "--jobs", "2", "--format", "csv")
    assert csv_one.out == csv_two.out and csv_one.out.count("\n") > 2000


def peak_rss_kib(*args: str) -> int:
    """The peak resident memory of `ussg ARGS` (and its worker processes), measured in a
    fresh process so that no earlier child counts."""
    code = ("import resource, subprocess, sys;"
            "run = subprocess.run([sys.executable, '-m', 'ussg', *sys.argv[1:]],"
            " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
            "print(run.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                         text=True, cwd=ROOT, timeout=300, check=True).stdout.split()
    assert out[0] == "2"  # computed to the end; the bad lines reported
    return int(out[1])


def test_memory_stays_flat_as_the_number_of_lines_grows(tmp_path) -> None:
    """2,000 and 100,000 lines (issue #16: a 100k-line file): the results (about 5 KB of
    JSON each, 500 MB for 100,000) are written as they come, so the peak stays where it
    was."""
    small, large = generated_cases(tmp_path, 1, "small.jsonl"), \
        generated_cases(tmp_path, 50, "large.jsonl")
    base = peak_rss_kib("calc", str(small), "--jobs", "2")
    grown = peak_rss_kib("calc", str(large), "--jobs", "2")
    assert grown - base < 10 * 1024, (base, grown)


def run_on_a_terminal(*args: str) -> str:
    """`ussg ARGS` with standard error a terminal (a pseudo-terminal): what it wrote there."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "ussg", *args], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=120)
    os.close(leader)
    return seen.decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_only(ussg, tmp_path) -> None:
    batch = generated_cases(tmp_path, 1)
    shown = run_on_a_terminal("calc", str(batch), "--jobs", "1")
    assert "cases, " in shown and "/s [" in shown and "of 2,000" in shown and " left" in shown
    assert "\r" in shown
    quiet = run_on_a_terminal("calc", str(batch), "--jobs", "1", "--quiet")
    assert "/s [" not in quiet and "line 1501" in quiet  # the bad lines are still said
    piped = ussg("calc", batch, "--jobs", "1")
    assert "/s [" not in piped.err and "\r" not in piped.err


def test_a_reader_that_stops_early_ends_the_batch_quietly(tmp_path) -> None:
    """`ussg calc many.jsonl | head -n 1`: the closed pipe ends the run, without an internal
    error or a traceback."""
    batch = generated_cases(tmp_path, 1)
    process = subprocess.Popen([sys.executable, "-m", "ussg", "calc", str(batch), "--jobs",
                                "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    process.wait(timeout=120)
    assert json.loads(first)["line"] == 1
    assert process.returncode == 2  # line 1 is one of the bad lines
    assert "internal error" not in err and "Traceback" not in err and "Exception" not in err


def test_a_csv_saved_with_a_byte_order_mark_and_crlf_reads_the_same(capsys, tmp_path) -> None:
    """As a spreadsheet saves it: "\\ufeff" first, each line ending "\\r\\n"."""
    text = (BATCH / "cases.csv").read_text(encoding="utf-8")
    saved = tmp_path / "saved.csv"
    saved.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    code, results, err = batch_json(capsys, saved)
    _, expected, _ = batch_json(capsys, BATCH / "cases.csv")
    assert code == 0, err
    for result in results + expected:
        del result["file"]
    assert results == expected


def test_several_batch_files_in_one_command_each_name_their_file(capsys) -> None:
    code, out, err = calc(capsys, BATCH / "cases.jsonl", BATCH / "cases.csv", "--jobs", "1")
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    files = [(Path(r["file"]).name, r["line"]) for r in results]
    assert files == [("cases.jsonl", n) for n in range(1, 8)] + [("cases.csv", n)
                                                                 for n in range(2, 7)]


def test_a_lone_surrogate_in_a_case_name_is_refused_and_written_out(tmp_path, ussg) -> None:
    """A JSON escape that makes no character ("\\ud800") in the case's name: the case is
    refused naming the field (exit 2), its caption written with the escape, not an internal
    error at writing it out (standard output is UTF-8); the next line still computed."""
    leon = example_data("leon-1994")
    named = json.loads(jsonl_of(leon))
    named["case"]["name"] = "Leon \ud800"
    batch = tmp_path / "cases.jsonl"
    batch.write_text(json.dumps(named, default=iso_dates) + "\n" + jsonl_of(leon),
                     encoding="utf-8")
    assert "\\ud800" in batch.read_text(encoding="utf-8")
    run = ussg("calc", batch, "--jobs", "1")
    assert run.code == 2, run.err
    assert "internal error" not in run.err and "Traceback" not in run.err
    refused, computed = [json.loads(line) for line in run.out.splitlines()]
    assert refused["case_name"] == "Leon \\uD800"
    assert refused["problems"][0]["field"] == "case.name"
    assert "U+D800" in refused["problems"][0]["message"]
    assert computed["range"]["life"] is True
    assert f"{batch}: case.name: contains an invisible character, U+D800" in run.err


@pytest.mark.parametrize("where, key, named, hint", [
    ((), "\ud800", "\\uD800", "check the spelling;"),
    (("offense",), "dangerous_weapo\ud800", "offense.dangerous_weapo\\uD800",
     "did you mean `dangerous_weapon`?"),
    (("offense", "drugs", 0), "purity\ud800", "offense.drugs[0].purity\\uD800",
     "did you mean `purity`?"),
    (("criminal_history",), "\ud800category", "criminal_history.\\uD800category",
     "did you mean `category`?"),
])
def test_a_key_with_a_lone_surrogate_is_an_unknown_key_named_with_its_field(
        tmp_path, ussg, where, key, named, hint) -> None:
    """A key with a JSON escape that makes no character ("\\ud800") is no key of a case file:
    refused as an unknown key at its place, named as the messages show such characters (not
    pydantic's "unable to parse raw data as a unicode string" at the table holding it)."""
    leon = example_data("leon-1994")
    bad = json.loads(jsonl_of(leon))
    table = bad
    for part in where:
        table = table[part]
    table[key] = 1
    batch = tmp_path / "cases.jsonl"
    batch.write_text(json.dumps(bad, default=iso_dates) + "\n", encoding="utf-8")
    run = ussg("calc", batch, "--jobs", "1")
    assert run.code == 2, run.err
    assert "Traceback" not in run.err and "unicode string" not in run.out
    refused = json.loads(run.out)
    assert [p["field"] for p in refused["problems"]] == [named]
    assert refused["problems"][0]["message"] == (f"unknown key ({hint} `ussg schema` lists "
                                                 f"every key)")
    assert f"{batch}: {named}: unknown key" in run.err
