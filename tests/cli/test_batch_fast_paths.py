"""The batch's quick paths (issue #17, round 18) give what the paths they stand in for give:

- a JSON line read by json's own parser (`batch._plain_object`), taken only where no key is
  given twice and the data is within a case file's bounds, gives the case the key-by-key
  decoder gives, and a line it does not take is read as before (every refusal in order);
- a case found within bounds by the reader is not walked again (`within_bounds`), and only
  then;
- a computation written as UTF-8 straight to standard output's buffer
  (`CalculateCase(as_utf8=True)`, `JsonLinesWriter(binary=...)`) gives the bytes the text
  writer gives, in order with the lines of cases not computed, flushed as the stream would
  flush them.
"""

from __future__ import annotations

import io
import json
import string
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES, ROOT
from ussg.guidelines import batch
from ussg.guidelines.batch import (CalculateCase, CaseLine, JsonLine, JsonLinesWriter,
                                   LineResult, _plain_object, _utf8_or_text, jsonl_case,
                                   run_batch, utf8_buffer, wording)
from ussg.guidelines.case import reading
from ussg.guidelines.case.reading import (MAX_DEPTH, MAX_KEY_CHARS, MAX_TEXT_CHARS,
                                          check_case_data_bounds)

LEON = json.loads((EXAMPLES / "batch" / "cases.jsonl").read_text().splitlines()[0])


def generated(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_calculate import generate
    return [json.dumps(r) for r in generate(n, seed=7)]


def read_as_before(text: str, monkeypatch) -> CaseLine:
    """The line read key by key (the quick path turned off)."""
    with monkeypatch.context() as patch:
        patch.setattr(batch, "_plain_object", lambda text: None)
        return jsonl_case(text, 3, "f.jsonl")


def same_case(text: str, monkeypatch) -> None:
    quick, before = jsonl_case(text, 3, "f.jsonl"), read_as_before(text, monkeypatch)
    assert (quick.line, quick.name, quick.data, quick.problems) == (
        before.line, before.name, before.data, before.problems), text
    assert not before.within_bounds
    if quick.data is not None:  # a case read: found within bounds where taken quickly
        assert quick.within_bounds == (_plain_object(text) is not None)


def test_plain_lines_take_the_quick_path_and_read_the_same(monkeypatch) -> None:
    lines = [json.dumps(LEON), json.dumps(LEON, separators=(",", ":")),
             json.dumps(LEON, ensure_ascii=False, indent=None) + "  ", *generated(20)]
    for text in lines:
        assert _plain_object(text) is not None
        same_case(text, monkeypatch)


# (line, whether the quick path takes it): each of the reader's own refusals, and the edges of
# every bound, on the quick path's side and just past it
EDGES = [
    ('{"manual": "2016-11-01", "manual": "2016-11-01"}', False),  # a key twice
    ('{"a": {"b": 1, "b": 2}, "c": 3}', False),  # inside
    ('{"a": [{"b": 1, "b": 2}]}', False),  # in an array
    ('{"a": "\\u003a", "a": 1}', False),  # an escaped colon: not a colon of the line
    ('{"a:": 1, "b": "x:y"}', True),  # colons in strings, counted in the strings read
    ('{"a:": 1, "a:": "x:y"}', False),  # ... and a key twice
    ('{"a": "x:y", "a": "z"}', False),  # a string with colons replaced
    ('{"a\\": "x:y"}', False),  # a backslash: read key by key
    ('{"a": {"b": 1, "b": 2}, x}', False),  # a key twice before bad JSON: the key is named
    ('{not json', False), ("[1, 2]", False), ('"text"', False), ("{}", True),
    ('{"x": NaN}', False), ('{"x": -Infinity}', False),
    ("\ufeff" + '{"manual": "2016-11-01"}', False),
    (' {"manual": "2016-11-01"}', False), ('{"manual": "2016-11-01"} \t', True),
    ('{"manual": "2016-11-01"} x', False), ('{"manual": "2016-11-01"}\u3000', False),
    ('{"n": ' + "9" * 5000 + "}", False),  # more digits than Python reads
    ('{"n": 999999999999999, "m": -999999999999999}', True),
    ('{"n": 1000000000000000}', False), ('{"n": -1000000000000000}', False),
    ('{"n": 1e300, "b": true, "f": false, "z": null}', True),
    ('{"' + "k" * MAX_KEY_CHARS + '": 1}', True), ('{"' + "k" * (MAX_KEY_CHARS + 1) + '": 1}', False),
    ('{"a": {"' + "k" * (MAX_KEY_CHARS + 1) + '": 1}}', False),
    ('{"s": "' + "x" * (MAX_TEXT_CHARS - 9) + '"}', True),  # the line at MAX_TEXT_CHARS
    ('{"s": "' + "x" * (MAX_TEXT_CHARS - 8) + '"}', False),  # one more: read key by key
    ('{"s": "' + "x" * (MAX_TEXT_CHARS + 1) + '"}', False),
    ('{"a": ' + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "}", True),
    ('{"a": ' + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "}", False),
    ('{"a": ' + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "}", False),  # the bound
    ('{"a": [' + ", ".join(["[]"] * 40) + "]}", True),  # many arrays, not deep
    ('{"a": ' + "[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2) + "}", False),
    ('{"a": ' + "[" * 5000 + "]" * 5000 + "}", False),
]


@pytest.mark.parametrize("text, quick", EDGES, ids=[f"edge{i}" for i in range(len(EDGES))])
def test_each_edge_reads_as_before(text, quick, monkeypatch) -> None:
    assert (_plain_object(text) is not None) == quick
    same_case(text, monkeypatch)


def test_data_taken_quickly_is_within_bounds_and_has_no_key_twice() -> None:
    for text, quick in EDGES:
        data = _plain_object(text)
        if data is not None:
            check_case_data_bounds(data)  # raises nothing
            assert data == batch._DECODER.decode(text)


KEYS = st.sampled_from(["a", "b", "a:", ":", "k" * (MAX_KEY_CHARS + 1), "é", 'q"'])
LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-10**16, 10**16),
                   st.text(string.ascii_letters + ":\"\\é{[", max_size=8))


def json_values(depth: int) -> st.SearchStrategy[str]:
    """JSON text of a value, objects written pair by pair (so that a key may come twice)."""
    leaf = LEAVES.map(lambda v: json.dumps(v, ensure_ascii=False))
    if depth == 0:
        return leaf
    inner = json_values(depth - 1)
    objects = st.lists(st.tuples(KEYS, inner), max_size=4).map(
        lambda pairs: "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in pairs) + "}")
    arrays = st.lists(inner, max_size=3).map(lambda items: "[" + ", ".join(items) + "]")
    return st.one_of(leaf, objects, arrays)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(KEYS, json_values(3)), max_size=5))
def test_generated_objects_read_as_before(pairs) -> None:
    """Objects with keys given twice (or not), colons and quotes in keys and strings, nulls,
    integers on either side of the bound, keys too long: the quick path takes a line only
    where the key-by-key reading finds no key twice and the bounds are kept, and then reads
    the same data."""
    text = "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in pairs) + "}"
    data = _plain_object(text)
    try:
        before = batch._DECODER.decode(text)
    except batch._RepeatedKey:
        assert data is None
        return
    if data is not None:
        assert data == before
        check_case_data_bounds(data)


def test_only_a_case_found_within_bounds_is_not_walked_again(monkeypatch, tmp_path) -> None:
    walked = []
    real = reading.check_case_data_bounds
    monkeypatch.setattr(reading, "check_case_data_bounds",
                        lambda data, where="<case>": walked.append(where) or real(data, where))
    quick = jsonl_case(json.dumps(LEON), 1, "q.jsonl")
    # a colon in the docket and a backslash in the name: read key by key
    slow = jsonl_case(json.dumps({**LEON, "case": {**LEON["case"], "name": "a \\ b"}}), 2,
                      "s.jsonl")
    assert quick.within_bounds and not slow.within_bounds
    results = list(run_batch([quick, slow], CalculateCase(), "f.jsonl"))
    assert [r.problems for r in results] == [(), ()]
    assert walked == ["f.jsonl"]  # the second case only
    # the API's case_from_dict still walks what it is given
    reading.case_from_dict(dict(quick.data), "api")
    assert walked == ["f.jsonl", "api"]


# Writing ------------------------------------------------------------------------------------

class Sink(io.RawIOBase):
    """A file that records each write it is given."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.writes.append(bytes(data))
        return len(data)


def mixed_results(tmp_path) -> list[LineResult]:
    lines = [json.dumps(LEON, ensure_ascii=False), '{"manual": "2016-11-01", "manual": 1}',
             *generated(5), "[1]", json.dumps({**LEON, "case": {"name": "Ünïcödé ✓ \\ \""}},
                                             ensure_ascii=False)]
    path = tmp_path / 'caseload "ü" §.jsonl'
    return list(run_batch([JsonLine(n, t) for n, t in enumerate(lines, 1)],
                          CalculateCase(as_utf8=True), str(path), reworded=wording("jsonl")))


def test_utf8_written_to_the_buffer_is_what_the_text_writer_writes(tmp_path) -> None:
    results = mixed_results(tmp_path)
    assert [type(r.output) for r in results].count(bytes) == 7
    as_text = io.StringIO()
    for result in results:
        JsonLinesWriter(as_text).write(result)  # the bytes read back as text
    sink = Sink()
    buffered = io.BufferedWriter(sink)
    stream = io.TextIOWrapper(buffered, encoding="utf-8")
    stream.write("before\n")  # written first: the writer flushes the stream when made
    writer = JsonLinesWriter(stream, buffered)
    for result in results:
        writer.write(result)
    stream.flush()
    assert b"".join(sink.writes) == ("before\n" + as_text.getvalue()).encode("utf-8")
    assert len(sink.writes) < len(results)  # not a write a line: the buffer's own
    # the text of the same results as CalculateCase(as_text=True) gave it
    texts = io.StringIO()
    for result in results:
        output = result.output.decode() if isinstance(result.output, bytes) else result.output
        JsonLinesWriter(texts).write(LineResult(result.where, result.line, result.name, output,
                                                result.problems))
    assert texts.getvalue() == as_text.getvalue()


def test_a_line_buffered_stream_gets_each_line_at_once(tmp_path) -> None:
    results = mixed_results(tmp_path)
    sink = Sink()
    buffered = io.BufferedWriter(sink)
    stream = io.TextIOWrapper(buffered, encoding="utf-8", line_buffering=True)
    writer = JsonLinesWriter(stream, buffered)
    for number, result in enumerate(results, 1):
        writer.write(result)
        assert len(sink.writes) == number and sink.writes[-1].endswith(b"\n")


def test_utf8_goes_to_the_buffer_of_the_interpreter_s_own_utf8_output_only(
        monkeypatch) -> None:
    buffered = io.BufferedWriter(Sink())
    own = io.TextIOWrapper(buffered, encoding="utf-8")
    monkeypatch.setattr(sys, "__stdout__", own)
    assert utf8_buffer(own) is buffered
    raw = Sink()
    unbuffered = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # python -u
    monkeypatch.setattr(sys, "__stdout__", unbuffered)
    assert utf8_buffer(unbuffered) is None  # not a file: io.FileIO is one
    latin = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="latin-1")
    monkeypatch.setattr(sys, "__stdout__", latin)
    assert utf8_buffer(latin) is None
    other = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="utf-8")
    assert utf8_buffer(other) is None  # not the interpreter's own output
    assert utf8_buffer(io.StringIO()) is None


def test_a_lone_surrogate_is_given_to_the_stream_as_text() -> None:
    """No computation from a case file holds one; given one, the writer's stream encodes
    (or refuses) it as it would any text. Other text with the byte 0xed stays UTF-8."""
    hangul = "한국".encode()
    assert b"\xed" in hangul and _utf8_or_text(hangul) is hangul
    odd = '{"case_name": "a\ud800"}'.encode("utf-8", "surrogatepass")
    assert _utf8_or_text(odd) == '{"case_name": "a\ud800"}'


def test_reading_keys_that_are_no_field_keeps_no_memory_for_them() -> None:
    """Issue #17's flat memory: a batch whose lines each give keys no case file has (each
    case refused later, at validation) keeps nothing per key read. The reader once kept
    whether each key it met was a date field (a cache of every (model, key)), so such a
    batch grew by each new key; the only keys kept now are bounded (`_SHORT_KEYS`, emptied
    past 4,096 keys), so reading 10,000 lines more grows memory by less than that bound."""
    import tracemalloc

    def line(n: int) -> str:
        data = json.loads(json.dumps(LEON))
        data[f"unknown_top_key_{n:07d}"] = 1
        data["offense"][f"unknown_offense_key_{n:07d}"] = True
        data["criminal_history"][f"unknown_history_key_{n:07d}"] = "I"
        return json.dumps(data)

    lines = [line(n) for n in range(15_000)]
    for text in lines[:5_000]:  # the reader's caches warmed; _SHORT_KEYS at its bound once
        assert jsonl_case(text).data is not None  # (read; refused only at validation)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for text in lines[5_000:]:
            jsonl_case(text)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 4,096 keys of ~60 characters held at most by _SHORT_KEYS: well under 1 MB; the cache
    # of every key grew by 30,000 entries (about 5 MB)
    assert grown < 1_000_000, grown
