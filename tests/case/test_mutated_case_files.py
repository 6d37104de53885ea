"""Every example and test case file, damaged at random as a hurried user or a broken editor
would damage it (a line deleted or duplicated, a value of another type, odd characters, the
file cut short), through the real command line (`ussg.guidelines.cli.main`, in-process for speed):
ussg either computes it or refuses it with exit 2 naming the file; never exit 1 (a bug),
never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines.cli import main

from tests.conftest import ROOT

SOURCES = sorted([*ROOT.glob("examples/*.toml"), *ROOT.glob("tests/cases/*.toml"),
                  *ROOT.glob("tests/data/**/*.toml"), *ROOT.glob("tests/worksheets/*.toml")])
TEXTS = [path.read_text(encoding="utf-8") for path in SOURCES]

#: Values of every TOML type, and a few that are the right type but hostile.
VALUES = ['"text"', '""', "1", "-1", "0", "99999999999999999999", "1.5", "nan", "inf",
          "true", "false", "[]", "[1, 2]", "{}", '{ a = 1 }', "1994-02-30", "1994-09-28",
          "1994-09-28T12:00:00", '"51 kg"', '"-3 g"', '"1e999 kg"', '"18 months"', '"life"',
          '"' + "9" * 40 + ' kg"', '"' + "x" * 300 + '"', "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"]
#: Characters a broken editor or a paste can insert, including a lone surrogate (written as
#: a byte that is not UTF-8), a byte-order mark, NUL and bidirectional controls.
ODD = ["\x00", "\ufeff", "\u202e", "\udcff", "[", "]", "{", "}", '"', "'", "=", "\\", "#",
       "\n", "\t", "é", "\u2028", ".", ",", "[[", "0x", "\r"]


@st.composite
def mutated(draw) -> bytes:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(1, 3))):
        lines = text.split("\n")
        where = draw(st.integers(0, max(len(lines) - 1, 0)))
        kind = draw(st.sampled_from(["delete", "duplicate", "retype", "insert", "truncate"]))
        if kind == "delete":
            del lines[where]
        elif kind == "duplicate":
            lines.insert(where, lines[where])
        elif kind == "retype":
            assignments = [k for k, line in enumerate(lines) if "=" in line
                           and not line.lstrip().startswith("#")]
            if assignments:
                k = draw(st.sampled_from(assignments))
                key = lines[k].split("=", 1)[0]
                lines[k] = f"{key}= {draw(st.sampled_from(VALUES))}"
        elif kind == "insert":
            line = lines[where]
            column = draw(st.integers(0, len(line)))
            lines[where] = line[:column] + draw(st.sampled_from(ODD)) + line[column:]
        text = "\n".join(lines)
        if kind == "truncate":
            text = text[:draw(st.integers(0, len(text)))]
    data = text.encode("utf-8", "surrogateescape")
    if draw(st.booleans()) and data:  # cut in the middle of a character, too
        data = data[:draw(st.integers(0, len(data)))]
    return data


_DIRECTORY = tempfile.TemporaryDirectory(prefix="ussg-mutated-")


@settings(max_examples=800, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=mutated(), form=st.sampled_from(["text", "json", "markdown"]))
def test_a_damaged_case_file_is_computed_or_refused_never_a_bug(data: bytes, form: str) -> None:
    path = Path(_DIRECTORY.name) / "case.toml"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    debug = os.environ.pop("USSG_DEBUG", None)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["calc", "--format", form, str(path)])
    finally:
        if debug is not None:
            os.environ["USSG_DEBUG"] = debug
    message = err.getvalue()
    assert code in (0, 2), message
    assert "Traceback" not in message and "internal error" not in message, message
    if code == 2:
        assert message.startswith(f"ussg: {path}"), message
