"""Hostile case files through the real command line: each is refused cleanly (exit 2, a short
message naming the file, no traceback) in bounded time and memory, and a huge prior record of
sentences imposed the same day computes in time and memory that grow with the record.

The files are built from examples/leon-1994.toml (United States v. Leon, §2D1.1, Nov. 1, 1993
Manual) by replacing one value, so that each shows one limit of guidelines/case/reading.py
(MAX_FILE_BYTES, MAX_DEPTH, MAX_INTEGER_DIGITS) or guidelines/engine/quantity.py
(MAX_QUANTITY_DIGITS). Time is measured as the child's CPU time (the development machine is
shared, so wall time is only a guard against hanging), memory as its peak resident size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from ussg.guidelines import CaseFileError, parse_case
from ussg.guidelines.case.reading import MAX_DEPTH, case_from_dict, read_case_text

from tests.conftest import EXAMPLES, ROOT

LEON = (EXAMPLES / "leon-1994.toml").read_text()
RECORD = (EXAMPLES / "criminal-record.toml").read_text()
MB = 1024 * 1024


@dataclass
class Measured:
    code: int
    out: bytes
    err: str
    cpu_seconds: float
    wall_seconds: float
    peak_mb: float


def run_measured(tmp_path: Path, *args: str, hang_after: float = 30.0) -> Measured:
    """`python -m guidelines ARGS` in a subprocess, with its own CPU time and peak memory
    (os.wait4 reports the resources of that child alone)."""
    out_path, err_path = tmp_path / "stdout", tmp_path / "stderr"
    env = {k: v for k, v in os.environ.items() if k != "USSG_DEBUG"}
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "ussg", *args], stdout=out,
                                stderr=err, stdin=subprocess.DEVNULL, cwd=ROOT, env=env)
        killer = threading.Timer(hang_after, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    return Measured(proc.returncode, out_path.read_bytes(),
                    err_path.read_text(errors="replace"), usage.ru_utime + usage.ru_stime,
                    time.monotonic() - start, usage.ru_maxrss / 1024)


def _leon(old: str, new: str) -> str:
    assert old in LEON, old
    return LEON.replace(old, new, 1)


def _write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def leon_with(old: str, new: str):
    """How to make a file: Leon's case file with ``old`` replaced by ``new``."""
    return lambda path: _write(path, _leon(old, new))


# name -> (how to make the file, words the message must contain)
HOSTILE = {
    # {a = {a = ... 5,000 deep: tomllib recursed until RecursionError (exit 1)
    "tables_nested_5000_deep": (
        lambda p: _write(p, LEON + "\nx = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n"),
        f"nested more than {MAX_DEPTH} deep (at line"),
    # [[[[ ... 100,000 deep: RecursionError (exit 1)
    "arrays_nested_100000_deep": (
        lambda p: _write(p, LEON + "\nx = " + "[" * 100_000 + "]" * 100_000 + "\n"),
        f"nested more than {MAX_DEPTH} deep (at line"),
    # [a.a.a. ... 5,000 keys]: nested without a bracket
    "dotted_header_5000_deep": (
        lambda p: _write(p, LEON + "\n[" + ".".join(["a"] * 5000) + "]\nb = 1\n"),
        f"nested more than {MAX_DEPTH} deep"),
    # a 10 MB substance name was echoed whole into a 10.5 MB message
    "substance_of_10_MB": (
        leon_with('"cocaine base"', '"' + "x" * 10_000_000 + '"'),
        "a case file may be at most 2,097,152 bytes"),
    # a 10 MB quantity string: decimal.Overflow (exit 1)
    "quantity_of_10_MB": (
        leon_with('"51 kg"', '"' + "1" * 10_000_000 + ' kg"'),
        "a case file may be at most 2,097,152 bytes"),
    # inside the size limit, a quantity of 100,000 digits: refused before Decimal sees it
    "quantity_of_100000_digits": (
        leon_with('"51 kg"', '"' + "1" * 100_000 + ' kg"'),
        "offense.drugs[0].quantity: '1111"),
    # Python refuses to convert integers of more than 4,300 digits (ValueError, exit 1)
    "integer_of_5000_digits": (
        leon_with("to_level = 38", "to_level = " + "9" * 5000),
        "departures.to_level: a number of more than 4,300 digits (at line"),
    "integer_of_20_digits": (
        leon_with("to_level = 38", "to_level = " + "9" * 20),
        "departures[0].to_level: the number 99999999999999999999 is too large"),
    # inside the size limit, a substance name of 1,000,000 characters: too long a text
    "substance_of_1_MB": (
        leon_with('"cocaine base"', '"' + "x" * 1_000_000 + '"'),
        "offense.drugs[0].substance: 'xxxx"),
    # 9,000 characters, a text of allowed length: an unknown substance, echoed shortened
    "substance_of_9000_characters": (
        leon_with('"cocaine base"', '"' + "x" * 9_000 + '"'),
        "offense.drugs[0].substance: unknown substance 'xxxx"),
    # a key of 100,000 characters
    "key_of_100000_characters": (
        leon_with("dangerous_weapon = true", "k" * 100_000 + " = true"),
        "offense: the key 'kkkk"),
    # a term of imprisonment of 5,000 digits (examples/criminal-record.toml, prior 1)
    "term_of_5000_digits": (
        lambda p: _write(p, RECORD.replace('imprisonment = "6 months"',
                                           'imprisonment = "' + "9" * 5000 + ' months"', 1)),
        "criminal_history.priors[0].imprisonment: '9999"),
    # reading a FIFO blocked for ever
    "fifo": (lambda p: (os.mkfifo(p), p)[1], "is a named pipe (FIFO), not a case file"),
    # a symbolic link to /dev/zero was read until memory ran out
    "symlink_to_dev_zero": (lambda p: (p.symlink_to("/dev/zero"), p)[1],
                            "is a device (a symbolic link to '/dev/zero')"),
    "symlink_to_dev_urandom": (lambda p: (p.symlink_to("/dev/urandom"), p)[1],
                               "is a device (a symbolic link to '/dev/urandom')"),
    "directory": (lambda p: (p.mkdir(), p)[1], "is a directory, not a case file"),
    # a byte that is not UTF-8: reported as a byte offset before, now as line and column
    "invalid_utf8": (
        lambda p: _write(p, _leon('"cocaine base"', '"coca\udcffine base"').encode(
            "utf-8", "surrogateescape")),
        "offense.drugs.substance: not UTF-8 text (at line 21, column 18): byte 0xff"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_quickly_and_briefly(name: str, tmp_path: Path) -> None:
    make, words = HOSTILE[name]
    path = make(tmp_path / "case.toml")
    run = run_measured(tmp_path, "calc", str(path))
    assert run.wall_seconds < 30, f"{name}: hung"
    assert run.code == 2, (name, run.err)
    assert run.cpu_seconds < 5, (name, run.cpu_seconds)
    assert len(run.err.encode()) < 2048, (name, len(run.err))
    assert "Traceback" not in run.err and "internal error" not in run.err
    assert run.err.startswith(f"ussg: {path}: "), run.err
    assert words in run.err, run.err


#: Texts of allowed length that some scans took quadratic time over (30,000 digits as a term
#: took 28 s; a statute of 20,000 "841 " 11 s).
LONG_TEXTS = {
    "statute_of_spaces": _leon("[[offense.drugs]]",
                               'statute = "21 U.S.C. ' + " " * 9_900 + 'x"\n\n[[offense.drugs]]'),
    "statute_of_sections": _leon("[[offense.drugs]]",
                                 'statute = "21 ' + "841 " * 2_400 + '"\n\n[[offense.drugs]]'),
    "term_of_digits": RECORD.replace('imprisonment = "6 months"',
                                     'imprisonment = "' + "1" * 9_000 + '"', 1),
}


@pytest.mark.parametrize("name", sorted(LONG_TEXTS))
def test_long_texts_take_linear_time(name: str, tmp_path: Path) -> None:
    path = _write(tmp_path / "case.toml", LONG_TEXTS[name])
    run = run_measured(tmp_path, "calc", str(path))
    assert run.code in (0, 2), run.err
    assert run.cpu_seconds < 5, (name, run.cpu_seconds)
    assert len(run.err.encode()) < 2048 and "Traceback" not in run.err


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Some editors start UTF-8 files with U+FEFF; it was "Invalid statement (at line 1,
    column 1)". The case computes exactly as without it (Leon: life)."""
    plain = run_measured(tmp_path, "calc", "--format", "json", str(EXAMPLES / "leon-1994.toml"))
    marked = _write(tmp_path / "bom.toml", "\ufeff" + LEON)
    run = run_measured(tmp_path, "calc", "--format", "json", str(marked))
    assert run.code == 0, run.err
    strip = lambda out: {k: v for k, v in json.loads(out).items() if k != "file"}  # noqa: E731
    assert strip(run.out) == strip(plain.out)


def same_day_priors(count: int) -> str:
    """``count`` felonies committed on different days, all before one arrest, sentenced the
    same day (2011-06-01): under §4A1.2(a)(2) (2025: "If there is no intervening arrest, prior
    sentences are counted separately unless ... (B) the sentences were imposed on the same
    day") one single sentence. Every third runs consecutively; every fifth is a crime of
    violence (§4A1.1(d)). Sentencing Dec. 1, 2025, instant offense begun Jan. 1, 2025."""
    priors = []
    for k in range(count):
        priors.append(
            "[[criminal_history.priors]]\n"
            'kind = "felony"\n'
            f"offense_date = {2005 + k % 5}-{1 + k % 12:02d}-{1 + k % 28:02d}\n"
            "arrest_date = 2011-01-01\n"
            "sentence_date = 2011-06-01\n"
            f'imprisonment = "{3 + k % 30} months"\n'
            f"consecutive = {'true' if k % 3 == 0 else 'false'}\n"
            f"crime_of_violence = {'true' if k % 5 == 0 else 'false'}\n"
            "release_date = 2012-01-01\n")
    return ("sentencing_date = 2025-12-01\n\n[[offense.drugs]]\nsubstance = \"heroin\"\n"
            "quantity = \"150 g\"\n\n[criminal_history]\nbirth_date = 1980-01-01\n"
            "instant_offense_began = 2025-01-01\n\n" + "\n".join(priors))


def test_two_thousand_same_day_priors_compute_in_linear_output(tmp_path: Path) -> None:
    """Each prior's step repeated every pair of its group: 200 such priors gave 274 MB of
    JSON, 2,000 a MemoryError. Now the group is one step, and each member's step refers to
    it."""
    path = _write(tmp_path / "priors.toml", same_day_priors(2000))
    run = run_measured(tmp_path, "calc", "--format", "json", str(path), hang_after=120)
    assert run.code == 0, run.err[:2000]
    assert run.cpu_seconds < 5, run.cpu_seconds
    assert run.peak_mb < 500, run.peak_mb
    assert len(run.out) < 4 * MB, len(run.out)
    steps = [s for s in json.loads(run.out)["steps"] if s["chapter"] == "chapter_four"]
    groups = [s for s in steps if s["title"] == "Single sentence"]
    assert len(groups) == 1
    (group,) = groups
    assert group["section"] == "§4A1.2(a)(2)" and "§4A1.2(a)(2)" in group["source"]
    assert group["input"] == "2000 prior sentences"
    assert "sentences imposed the same day (2011-06-01)" in group["reason"]
    assert group["reason"].count("prior 2000") == 1  # each member named once
    members = [s for s in steps if s["title"].startswith("Prior sentence ")]
    assert len(members) == 2000
    assert sum("treated as a single sentence with prior" in s["reason"] for s in members) == 1999
    # §4A1.1(d)/(e): at most 3 crime-of-violence points, each step naming one prior
    violence = [s for s in steps if s["title"] == "Crime-of-violence point"]
    assert sum(s["change"] == "1 point" for s in violence) <= 3


def test_a_group_step_names_what_joins_each_pair_once(tmp_path: Path) -> None:
    """Three sentences: 1 and 2 in one charging instrument (CR-1), 2 and 3 imposed the same
    day; no intervening arrest. §4A1.2(a)(2) (2025) makes all three one sentence, and the
    step says why with each fact once."""
    priors = []
    for k, (instrument, sentenced) in enumerate(
            [("CR-1", "2010-06-01"), ("CR-1", "2010-07-01"), ("CR-2", "2010-07-01")]):
        priors.append("[[criminal_history.priors]]\n"
                      f'id = "{"abc"[k]}"\nkind = "felony"\noffense_date = 2010-0{k + 1}-02\n'
                      f'arrest_date = 2010-09-01\ncharging_instrument = "{instrument}"\n'
                      f'sentence_date = {sentenced}\nimprisonment = "2 years"\n'
                      "release_date = 2011-06-01\n")
    path = _write(tmp_path / "three.toml", same_day_priors(0) + "\n".join(priors))
    run = run_measured(tmp_path, "calc", "--format", "json", str(path))
    assert run.code == 0, run.err
    steps = json.loads(run.out)["steps"]
    (group,) = [s for s in steps if s["title"] == "Single sentence"]
    assert group["reason"].startswith(
        "prior a and prior b: same charging instrument (CR-1); prior b and prior c: "
        "sentences imposed the same day (2010-07-01): treated as a single sentence")


# -- the Python API: the same limits, always a CaseFileError -----------------------------------

def _nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth):
        value = {"a": value}
    return value


API_HOSTILE = {
    "deep_dict": lambda: case_from_dict({**parse_case_dict(), "case": {"notes": _nested(5000)}}),
    "deep_list": lambda: case_from_dict({**parse_case_dict(), "x": _deep_list(100_000)}),
    "huge_int": lambda: case_from_dict({**parse_case_dict(), "offense_date": 10 ** 5000}),
    "huge_quantity": lambda: case_from_dict(
        {**parse_case_dict(), "offense": {"drugs": [{"substance": "heroin",
                                                     "quantity": "1" * 10_000_000 + " kg"}]}}),
    "huge_text": lambda: parse_case(LEON + "#" * (3 * MB)),
    "deep_text": lambda: parse_case(LEON + "\nx = " + "[" * 100_000 + "]" * 100_000),
    "long_number_text": lambda: parse_case(_leon("to_level = 38", "to_level = " + "9" * 5000)),
}


def parse_case_dict() -> dict:
    import tomllib
    return tomllib.loads(LEON)


def _deep_list(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("name", sorted(API_HOSTILE))
def test_api_raises_case_file_error_with_a_short_message(name: str) -> None:
    with pytest.raises(CaseFileError) as error:
        API_HOSTILE[name]()
    assert len(str(error.value)) < 2048


def test_reading_a_fifo_does_not_open_it_for_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "case.toml"
    os.mkfifo(fifo)
    with pytest.raises(CaseFileError, match="named pipe"):
        read_case_text(fifo)
