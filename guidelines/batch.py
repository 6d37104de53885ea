"""Many cases at once: a batch file read line by line, each case computed, the results in
input order.

Three parts, kept apart so that another per-case function (a reduction, say) can use the
same reading and writing:

- **readers** (:func:`read_batch`, :func:`jsonl_cases`, :func:`csv_cases`): a JSON Lines file
  (one case object a line, the keys of the TOML case file; a date as an ISO string
  ``"1994-09-28"``, since JSON has no date type) or a CSV file (one single-count case a row,
  the columns of :data:`CSV_COLUMNS`) -> :class:`CaseLine` (the case's data, or the problems
  that stop it, with the line number);
- **the runner** (:func:`run_batch`): a per-case function over the lines, on ``jobs``
  processes with a bounded number of chunks in flight, yielding each :class:`LineResult` in
  input order; :func:`calculate_many` is the runner with :class:`CalculateCase`;
- **writers** (:class:`JsonLinesWriter`, :class:`CsvWriter`): a result a line, to a stream
  the caller gives.

Memory does not grow with the number of lines: one line is read at a time, and at most
``2 * jobs`` chunks of :data:`CHUNK_LINES` cases are in flight. Nothing here prints.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
import os
import re
import signal
import stat
import types
import typing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel

from ussg.guidelines.calculation import calculate
from ussg.guidelines.case.error import CaseFileError, Problem
from ussg.guidelines.case.facts import FactsTable, model_of_table
from ussg.guidelines.case.model import Case
from ussg.guidelines.case.reading import (MAX_DEPTH, MAX_FILE_BYTES, MAX_INTEGER_DIGITS,
                                          MAX_KEY_CHARS, MAX_TEXT_CHARS, case_from_dict,
                                          field_path, given, shown_text)
from ussg.guidelines.engine.records import frozen_record

__all__ = ["BATCH_KINDS", "CSV_COLUMNS", "CaseLine", "CalculateCase", "CsvRow", "CsvWriter",
           "JsonLine", "JsonLinesWriter", "LineResult", "batch_kind", "calculate_many", "csv_cases",
           "csv_rows", "jsonl_cases", "jsonl_lines", "read_batch", "run_batch", "utf8_buffer",
           "wording"]

#: A batch file's kind, by its extension.
BATCH_KINDS = {".jsonl": "jsonl", ".csv": "csv"}
#: A line (a case) has at most as many bytes as a whole case file.
MAX_LINE_BYTES = MAX_FILE_BYTES
#: Cases sent to a worker process at a time.
CHUNK_LINES = 64

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def batch_kind(path: str | Path) -> str | None:
    """"jsonl" or "csv" for a batch file (by its extension), None for anything else."""
    return BATCH_KINDS.get(Path(path).suffix.lower())


@frozen_record
class CaseLine:
    """One case of a batch file: the line it starts on, its name (the caption, "" if none),
    and its data (as ``tomllib`` would give it: dates as ``datetime.date``), or the
    problems that stop it from being read. ``within_bounds``: the reader found the data
    within the bounds of a case file's data (``reading.check_case_data_bounds``) already,
    so that a per-case function of this module need not walk it again."""

    line: int
    name: str = ""
    data: dict | None = None
    problems: tuple[Problem, ...] = ()
    within_bounds: bool = False


@frozen_record
class JsonLine:
    """A line of a JSON Lines file not read yet: its number and text. :func:`run_batch`
    reads it (:func:`jsonl_case`) where the case is computed, in a worker process when there
    are several, so that the main process only splits the file into lines and writes the
    results (``read_batch(path, deferred=True)``)."""

    line: int
    text: str


@frozen_record
class LineResult:
    """What became of one case: the per-case function's output (a JSON-ready dict, or its
    JSON text: ``CalculateCase(as_text=True)``, or that text in UTF-8:
    ``CalculateCase(as_utf8=True)``), or the problems with the case, each with
    its field and the line."""

    where: str
    line: int
    name: str
    output: dict | str | bytes | None
    problems: tuple[Problem, ...] = ()

    @property
    def error(self) -> CaseFileError | None:
        """The problems as the one exception for bad input, naming the file and the line."""
        return CaseFileError(self.where, problems=self.problems) if self.problems else None


# Reading ---------------------------------------------------------------------------------

def read_batch(path: str | Path, *,
               deferred: bool = False) -> Iterator[CaseLine | JsonLine | CsvRow]:
    """Each case of a batch file, read one line at a time. A file that cannot be read (or is
    not a regular file, or not a batch file by its extension) is a :class:`CaseFileError`,
    raised before any line is yielded. ``deferred``: a case is yielded as its line
    (:class:`JsonLine`) or row (:class:`CsvRow`), read by :func:`run_batch` where it is
    computed."""
    where, kind = str(path), batch_kind(path)
    if kind is None:
        raise CaseFileError(where, "", "not a batch file: give a .jsonl or a .csv file")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise CaseFileError(where, "", "no such file") from None
    except (OSError, ValueError) as exc:
        raise CaseFileError(where, "", f"cannot read: {_reason(exc)}") from None
    if not stat.S_ISREG(info.st_mode):
        raise CaseFileError(where, "", "is not a regular file: ussg reads only regular files")
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the generator below
    except OSError as exc:
        raise CaseFileError(where, "", f"cannot read: {_reason(exc)}") from None
    lines = ((jsonl_lines if deferred else jsonl_cases) if kind == "jsonl"
             else (csv_rows if deferred else csv_cases))(handle, where)
    return _closing(handle, lines)


def _closing(handle: IO[bytes], lines: Iterator[CaseLine | JsonLine | CsvRow]
             ) -> Iterator[CaseLine | JsonLine | CsvRow]:
    with handle:
        yield from lines


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _physical_lines(source: IO[bytes] | Iterable[bytes | str]) -> Iterator[tuple[int, str | None,
                                                                               str]]:
    """(number, text, problem) for each line: the text without its line break, or None and
    the problem when the line is longer than :data:`MAX_LINE_BYTES` or not UTF-8."""
    reader = getattr(source, "readline", None)
    raw_lines: Iterable[bytes | str] = (iter(lambda: reader(MAX_LINE_BYTES + 1), b"")
                                        if reader is not None else source)
    number = 0
    skipping = False
    for raw in raw_lines:
        if skipping:  # the rest of a line too long
            skipping = not raw.endswith(b"\n")
            continue
        number += 1
        if isinstance(raw, str):
            text: str | bytes = raw
        elif len(raw) > MAX_LINE_BYTES:
            skipping = not raw.endswith(b"\n")
            yield number, None, (f"the line is more than {MAX_LINE_BYTES:,} bytes; a case may "
                                 f"be at most {MAX_LINE_BYTES:,} bytes (2 MiB)")
            continue
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                column = len(raw[:exc.start].decode("utf-8", "replace")) + 1
                yield number, None, (f"not UTF-8 text (at column {column}): byte "
                                     f"0x{raw[exc.start]:02x}; save the file as UTF-8")
                continue
        if number == 1:
            text = text.removeprefix("\ufeff")  # a byte-order mark, as some editors write
        yield number, text.rstrip("\r\n"), ""


def jsonl_cases(source: IO[bytes] | Iterable[bytes | str],
                where: str = "<batch>") -> Iterator[CaseLine]:
    """Each case of JSON Lines text (a binary file, or an iterable of lines): one JSON
    object a line, with the keys of the TOML case file. Blank lines are skipped. Only the
    keys whose field is a date take a string, an ISO date ``"1994-09-28"``; every other type
    is as exact as in a TOML file (no string for a number, no boolean for a number)."""
    for item in jsonl_lines(source, where):
        yield jsonl_case(item.text, item.line, where) if isinstance(item, JsonLine) else item


def jsonl_lines(source: IO[bytes] | Iterable[bytes | str],
                where: str = "<batch>") -> Iterator[CaseLine | JsonLine]:
    """Each line of JSON Lines text that is not blank, not read yet (:class:`JsonLine`), or
    the problem that stops it from being a line of text (too long, not UTF-8)."""
    for number, text, problem in _physical_lines(source):
        if problem:
            yield CaseLine(number, problems=(Problem("", problem, number),))
        elif text is not None and text.strip():
            yield JsonLine(number, text)


def jsonl_case(text: str, line: int = 1, where: str = "<batch>") -> CaseLine:
    """One line of JSON Lines: its case, or the problems with it."""
    data = _plain_object(text)
    if data is not None:  # no key given twice, every bound kept
        return case_line(data, line, where, nulls_possible="null" in text, within_bounds=True)
    try:
        if text.startswith("\ufeff"):  # json.loads's own refusal of a byte-order mark
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        data = _DECODER.decode(text)
    except _RepeatedKey as exc:
        return _refused(line, "", f"the key {shown_text(exc.key, quoted=True)} is given "
                                  f"twice in one object")
    except json.JSONDecodeError as exc:
        return _refused(line, "", f"not valid JSON (at column {exc.colno}): {exc.msg}")
    except RecursionError:
        return _refused(line, "", f"arrays or objects nested more than {MAX_DEPTH} deep")
    except ValueError as exc:  # NaN, Infinity; an integer of more than 4,300 digits
        if "digits" in str(exc):
            return _refused(line, "", f"a number of more than 4,300 digits; integers in a "
                                      f"case file have at most {MAX_INTEGER_DIGITS} digits")
        return _refused(line, "", f"not a value a case file takes: {exc}")
    if not isinstance(data, dict):
        return _refused(line, "", f"a line is one case, a JSON object {{...}}; got "
                                  f"{_json_kind(data)}")
    # a JSON null is the literal `null` (never escaped): a line without one has none to find
    return case_line(data, line, where, nulls_possible="null" in text)


def _plain_object(text: str) -> dict | None:
    """The object a line states, where it is plainly a case's data: JSON an object, no key
    given twice in one object, and within the bounds of a case file's data
    (``reading.check_case_data_bounds``); else None, and the line is read again key by key
    (:data:`_DECODER`), for the problems in the order that reading finds them.

    Read by json's own C parser, each object made in C (no Python call per object). No key
    is given twice where the line's colons are as many as the objects' keys: each key has
    its colon, and a key given twice leaves one key fewer than colons (a colon inside a
    string, one more; where the line has such colons and no backslash, they are counted in
    the strings read: :func:`_colons_in_strings`). No string is longer than the line; the
    depth of the objects and arrays, the keys and the integers are walked. A line that does
    not start with "{" (a byte-order mark, a space, not an object) is read key by key."""
    if len(text) > MAX_TEXT_CHARS or not text.startswith("{"):
        return None
    try:
        data, end = _PLAIN_SCAN(text, 0)  # what json.loads runs, without its two frames
    except (StopIteration, ValueError, RecursionError):
        return None
    if type(data) is not dict or (end != len(text) and text[end:].strip(" \t\n\r")):
        return None  # JSON's own spaces only, after the object
    keys = 0
    stack: list = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth >= MAX_DEPTH:  # deep (the bound is one more): read key by key
            return None
        if type(item) is dict:
            if not _SHORT_KEYS.issuperset(item):  # a key not seen before (a set's C loop)
                if any(len(key) > MAX_KEY_CHARS for key in item):
                    return None
                if len(_SHORT_KEYS) > 4096:  # a batch's keys are the case file's few
                    _SHORT_KEYS.clear()
                _SHORT_KEYS.update(item)
            keys += len(item)
            values: Iterable = item.values()
        else:
            values = item
        for value in values:
            kind = type(value)
            if kind is dict or kind is list:
                stack.append((value, depth + 1))
            elif kind is int and not -_INTEGER_LIMIT < value < _INTEGER_LIMIT:
                return None
    colons = text.count(":")
    if keys == colons:
        return data
    if "\\" in text:  # an escape: a string's colons may not be the line's
        return None
    return data if keys + _colons_in_strings(data) == colons else None


def _colons_in_strings(data: dict) -> int:
    """The colons in the keys and strings of ``data`` (a docket "3:93-CR-00199"): in a line
    without a backslash, each string is as the line writes it, and the line's colons are
    its keys' and these (a key given twice, or a string it replaced, leaves fewer)."""
    found = 0
    stack: list = [data]
    while stack:
        item = stack.pop()
        if type(item) is dict:
            found += "".join(item).count(":")
            values: Iterable = item.values()
        else:
            values = item
        for value in values:
            kind = type(value)
            if kind is str:
                found += value.count(":")
            elif kind is dict or kind is list:
                stack.append(value)
    return found


def case_line(data: dict, line: int = 1, where: str = "<batch>", *,
              nulls_possible: bool = True, within_bounds: bool = False) -> CaseLine:
    """A case's data as JSON gives it (dates as ISO strings, or already dates), its dates
    read in place: the case, or every problem with it. ``nulls_possible=False``: the caller
    knows the data holds no None (its JSON text has no `null`), and the walk for one is
    skipped; ``within_bounds``: the caller has found the data within a case file's bounds
    (:class:`CaseLine`)."""
    own: dict[str, str] = {}
    if nulls_possible:
        _no_nulls(data, (), own)
    _dates_read(Case, data, (), own)
    if not own:
        return CaseLine(line, _caption(data), data, (), within_bounds)
    return _validated(data, line, _caption(data), where, own)


class _RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict:
    data = dict(pairs)
    if len(data) == len(pairs):  # no key twice (the dict built in C, not key by key)
        return data
    seen: set[str] = set()
    for key, _ in pairs:  # the first key given twice, as before
        if key in seen:
            raise _RepeatedKey(key)
        seen.add(key)
    raise AssertionError("unreachable: a key is repeated")  # pragma: no cover


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a case file takes")


#: The decoder of every line (json.loads with these arguments builds one anew for each call;
#: it keeps no state between lines). json.loads's refusal of a leading byte-order mark is
#: made before it is called, as json.loads makes it.
_DECODER = json.JSONDecoder(object_pairs_hook=_object_without_repeats,
                            parse_constant=_no_constant)
#: The decoder of a line read first as plainly a case's data (_plain_object): json's own
#: objects, made in C
_PLAIN_DECODER = json.JSONDecoder(parse_constant=_no_constant)
_PLAIN_SCAN = _PLAIN_DECODER.scan_once
#: Integers of a case file are below this in absolute value (reading.MAX_INTEGER_DIGITS)
_INTEGER_LIMIT = 10 ** MAX_INTEGER_DIGITS
#: Keys found no longer than reading.MAX_KEY_CHARS in the lines read so far
_SHORT_KEYS: set[str] = set()


def _json_kind(value: Any) -> str:
    return "an array" if isinstance(value, list) else given(value).replace(
        "the boolean", "the JSON boolean")


def _caption(data: dict) -> str:
    """The case's name, to caption its result; a name that cannot be written out in UTF-8
    (a lone surrogate: a JSON escape such as "\\ud800" that makes no character, which
    validation refuses) shown as the messages show it (``shown_text``: "\\uD800")."""
    info = data.get("case")
    name = info.get("name") if isinstance(info, dict) else None
    if not isinstance(name, str):
        return ""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return shown_text(name, limit=len(name))
    return name


def _refused(line: int, field_name: str, message: str, name: str = "") -> CaseLine:
    return CaseLine(line, name, problems=(Problem(field_name, message, line),))


def _no_nulls(value: Any, loc: tuple, own: dict[str, str]) -> None:
    """A JSON null is not a value of a case file (TOML has none): leave the key out."""
    stack = [(value, loc)]
    while stack:
        item, at = stack.pop()
        if item is None:
            own[field_path(at)] = "null is not a value: leave the key out instead"
        elif isinstance(item, dict):
            stack.extend((v, (*at, k)) for k, v in item.items())
        elif isinstance(item, list) and len(at) <= MAX_DEPTH:
            stack.extend((v, (*at, i)) for i, v in enumerate(item))


def _field_kinds(annotation: Any) -> tuple[bool, type[BaseModel] | None]:
    """Whether an annotation takes a date, and the case-file model it holds (or a list of)."""
    if annotation is dt.date:
        return True, None
    annotation = model_of_table(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return False, annotation
    is_date, model = False, None
    for arg in typing.get_args(annotation):
        if isinstance(arg, (type, types.UnionType, types.GenericAlias)) \
                or typing.get_origin(arg) is not None:
            arg_date, arg_model = _field_kinds(arg)
            is_date, model = is_date or arg_date, model or arg_model
    return is_date, model


def _key_kinds(model: type[BaseModel], key: str) -> tuple[bool, type[BaseModel] | None] | None:
    """:func:`_field_kinds` of the field ``key`` of ``model`` (kept by :func:`_dates_read`
    for the model's fields alone); None where there is no date to read there: no such
    field, or a field neither a date nor holding a model with a date field anywhere inside."""
    info = model.model_fields.get(key)
    if info is None:
        return None
    is_date, inner = _field_kinds(info.annotation)
    if inner is not None and not _may_hold_dates(inner, set()):
        inner = None  # nothing inside to read: the walk does not go in
    return None if not is_date and inner is None else (is_date, inner)


def _may_hold_dates(annotation: Any, seen: set[type]) -> bool:
    """Whether a value of ``annotation`` may hold a date field somewhere inside. A
    guideline's facts table (FactsTable) may: its model is not imported here (only a case
    stating the table builds it), and the walk goes into a stated table to see."""
    if annotation is dt.date:
        return True
    if isinstance(annotation, type) and issubclass(annotation, FactsTable):
        return True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:  # being looked at higher up (a model inside itself)
            return False
        seen.add(annotation)
        return any(_may_hold_dates(info.annotation, seen)
                   for info in annotation.model_fields.values())
    return any(_may_hold_dates(arg, seen) for arg in typing.get_args(annotation)
               if isinstance(arg, (type, types.UnionType, types.GenericAlias))
               or typing.get_origin(arg) is not None)


#: :func:`_key_kinds` of each field of a case-file model met so far, in one dict a model
_KINDS_OF: dict[type[BaseModel], dict[str, tuple[bool, type[BaseModel] | None] | None]] = {}
_NOT_YET = object()


def _dates_read(model: type[BaseModel], data: dict, loc: tuple, own: dict[str, str]) -> None:
    """Turn into a date, in place, each ISO string given for a field that is a date; a date
    given otherwise (a number, a boolean, another text) is a problem of ``own``."""
    kinds_of = _KINDS_OF.get(model)
    if kinds_of is None:
        kinds_of = _KINDS_OF[model] = {}
    for key, value in data.items():
        kinds = kinds_of.get(key, _NOT_YET)
        if kinds is _NOT_YET:
            # worked out once per field (the models never change while ussg runs), and kept
            # for fields alone: a batch of many keys that are no field (each refused) keeps
            # no more than a batch of none
            if isinstance(key, str) and key in model.model_fields:
                kinds = kinds_of[key] = _key_kinds(model, key)
            else:
                kinds = None
        if kinds is None or value is None:
            continue
        is_date, inner = kinds
        if is_date:
            read = value if type(value) is dt.date else date_from_text(value)
            if isinstance(read, dt.date):
                data[key] = read
            else:
                own[field_path((*loc, key))] = read
        elif inner is not None and isinstance(value, dict):
            _dates_read(inner, value, (*loc, key), own)
        elif inner is not None and isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    _dates_read(inner, item, (*loc, key, index), own)


def date_from_text(value: Any) -> dt.date | str:
    """The date an ISO string ``"1994-09-28"`` states, or the problem with ``value``."""
    expected = 'expected a date as a string "YYYY-MM-DD", such as "1994-09-28"'
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return f"{expected}, got {given(value)}"
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        return f"{shown_text(value, quoted=True)} is not a date: {exc}"


def _validated(data: dict, line: int, name: str, where: str,
               own: dict[str, str]) -> CaseLine:
    """The case, or every problem with it: those the reader found (``own``, field -> message)
    in place of what validation says of the same fields, then the rest."""
    if not own:
        return CaseLine(line, name, data)
    try:
        case_from_dict(data, where)
        found: list[Problem] = []
    except CaseFileError as error:
        found = list(error.problems)
    problems = [Problem(f, m, line) for f, m in own.items()]
    problems += [Problem(p.field, p.message, line) for p in found if p.field not in own]
    return CaseLine(line, name, problems=tuple(problems))


# CSV --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CsvColumn:
    """A column of the batch CSV: its header, the case-file key it fills, and the type of
    its cells ("text", "integer", "boolean" or "date")."""

    name: str
    key: str
    kind: str = "text"


#: The columns of a batch CSV file (README, "Many cases"): a single-count case a row.
CSV_COLUMNS: tuple[CsvColumn, ...] = (
    CsvColumn("name", "case.name"),
    CsvColumn("docket", "case.docket"),
    CsvColumn("manual", "manual"),
    CsvColumn("sentencing_date", "sentencing_date", "date"),
    CsvColumn("offense_date", "offense_date", "date"),
    CsvColumn("guideline", "offense.guideline"),
    CsvColumn("offense_level", "offense.offense_level", "integer"),
    CsvColumn("base_offense_level", "offense.base_offense_level", "integer"),
    CsvColumn("substance", "offense.drugs[0].substance"),
    CsvColumn("quantity", "offense.drugs[0].quantity"),
    CsvColumn("purity", "offense.drugs[0].purity"),
    CsvColumn("statute", "offense.statute"),
    CsvColumn("dangerous_weapon", "offense.dangerous_weapon", "boolean"),
    CsvColumn("aggravating_role", "adjustments.role.aggravating"),
    CsvColumn("participants", "adjustments.role.participants", "integer"),
    CsvColumn("mitigating_role", "adjustments.role.mitigating"),
    CsvColumn("obstructed_justice", "adjustments.obstruction.obstructed_justice", "boolean"),
    CsvColumn("acceptance", "acceptance.accepted", "boolean"),
    CsvColumn("timely_assistance", "acceptance.timely_assistance", "boolean"),
    CsvColumn("government_motion", "acceptance.government_motion", "boolean"),
    CsvColumn("criminal_history_category", "criminal_history.category"),
    CsvColumn("criminal_history_points", "criminal_history.points", "integer"),
    CsvColumn("departure_after", "departures[0].after"),
    CsvColumn("departure_to_level", "departures[0].to_level", "integer"),
    CsvColumn("departure_levels", "departures[0].levels", "integer"),
    CsvColumn("departure_direction", "departures[0].direction"),
    CsvColumn("departure_reason", "departures[0].reason"),
    CsvColumn("departure_section", "departures[0].section"),
    # `ussg reduce`: the sentence imposed and the motion (README, "Sentence reductions")
    CsvColumn("imposed_months", "sentence.imposed_months", "integer"),
    CsvColumn("imposed_life", "sentence.imposed_life", "boolean"),
    CsvColumn("motion_date", "reduction.motion_date", "date"),
    CsvColumn("substantial_assistance", "reduction.substantial_assistance", "boolean"),
    CsvColumn("custody_began", "reduction.custody_began", "date"),
)
_CSV_BY_NAME = {column.name: column for column in CSV_COLUMNS}
_KEY_PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_INTEGER = re.compile(r"-?[0-9]+")


def csv_column_of(field_name: str) -> str:
    """The CSV column(s) a case-file field is given in: the column of that key, else the
    columns of the keys inside it ("offense.drugs[0]" -> "substance, quantity, purity");
    the field itself where no column gives it."""
    exact = [c.name for c in CSV_COLUMNS if c.key == field_name]
    inside = [c.name for c in CSV_COLUMNS
              if field_name and c.key.startswith((field_name + ".", field_name + "["))]
    return ", ".join(exact or inside) or field_name


def csv_cases(source: IO[bytes] | Iterable[bytes | str],
              where: str = "<batch>") -> Iterator[CaseLine]:
    """Each case of CSV text (a binary file, or an iterable of lines): a header row naming
    columns of :data:`CSV_COLUMNS` (any of them, in any order), then a case a row; an empty
    cell leaves its key out. A header that names an unknown column, or a column twice,
    stops the file (a problem of line 1): no row could be read as meant."""
    for item in csv_rows(source, where):
        yield csv_case(item.header, item.row, item.line, where) if isinstance(item, CsvRow) \
            else item


@frozen_record
class CsvRow:
    """A row of a batch CSV file not read as a case yet (the header's columns and the row's
    cells), read by :func:`run_batch` where it is computed, as a :class:`JsonLine` is."""

    line: int
    header: tuple[str, ...]
    row: list[str]


def csv_rows(source: IO[bytes] | Iterable[bytes | str],
             where: str = "<batch>") -> Iterator[CaseLine | CsvRow]:
    """:func:`csv_cases` with each row not read as a case yet (:class:`CsvRow`); a row
    that is not valid CSV, and a header that stops the file, are refused here."""
    lines = _physical_lines(source)
    spoiled: dict[int, str] = {}
    consumed = [0]

    def texts() -> Iterator[str]:
        for number, text, problem in lines:
            consumed[0] = number
            if problem:
                spoiled[number] = problem
                yield ""
            else:
                yield (text or "") + "\n"  # a quoted cell keeps its line break

    rows = csv.reader(texts(), strict=True)
    header, start = None, 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            row, failure = None, f"not valid CSV: {exc}"
        else:
            failure = ""
        end = consumed[0]
        bad = [f"line {n}: {spoiled.pop(n)}" for n in range(start, end + 1) if n in spoiled]
        if header is None:
            if failure or bad:
                yield _refused(start, "", "the header row: " + (failure or "; ".join(bad)))
                return
            if row:
                header = tuple(row)  # one object for every row (pickled once a chunk)
                problem = _header_problem(list(header))
                if problem:
                    yield _refused(start, "", problem)
                    return
        elif failure or bad:
            yield _refused(start, "", failure or "; ".join(bad))
        elif row:
            yield CsvRow(start, header, row)
        start = end + 1


def _header_problem(header: list[str]) -> str:
    unknown = [name for name in header if name not in _CSV_BY_NAME]
    if unknown:
        return (f"the header names unknown columns: {', '.join(map(repr, unknown))}; the "
                f"columns are: {', '.join(c.name for c in CSV_COLUMNS)}")
    twice = sorted({name for name in header if header.count(name) > 1})
    if twice:
        return f"the header names a column more than once: {', '.join(map(repr, twice))}"
    return ""


def csv_case(header: Sequence[str], row: list[str], line: int = 2,
             where: str = "<batch>") -> CaseLine:
    """One row of the batch CSV: its case, or the problems with it (named by column)."""
    name = row[header.index("name")] if "name" in header and len(row) == len(header) else ""
    if len(row) != len(header):
        return _refused(line, "", f"{len(row)} cells; the header has {len(header)} columns",
                        name)
    data: dict = {}
    own: dict[str, str] = {}
    for column_name, cell in zip(header, row):
        if cell == "":
            continue
        column = _CSV_BY_NAME[column_name]
        value = _cell_value(column, cell)
        if isinstance(value, _CellProblem):
            own[column.key] = str(value)
            value = cell
        _put(data, column.key, value)
    return _validated(data, line, name, where, own)


class _CellProblem(str):
    """What is wrong with a cell (a message), told apart from a cell's text."""


def _cell_value(column: CsvColumn, cell: str) -> Any:
    """A cell's value by its column's kind, or the problem with it (the cell shown as read,
    worked out only for a problem)."""
    if column.kind == "integer":
        if _INTEGER.fullmatch(cell) and len(cell.lstrip("-")) <= 15:
            return int(cell)
        return _CellProblem(f"expected an integer (digits 0-9), got "
                            f"{shown_text(cell, quoted=True)}")
    if column.kind == "boolean":
        if cell in ("true", "false"):
            return cell == "true"
        return _CellProblem(f"expected true or false, got {shown_text(cell, quoted=True)}")
    if column.kind == "date":
        read = date_from_text(cell)
        return read if isinstance(read, dt.date) else _CellProblem(read)
    return cell


def _put(data: dict, key: str, value: Any) -> None:
    """Set "offense.drugs[0].quantity" in nested ``data``."""
    parts = _key_parts(key)
    target = data
    for number, (name, index) in enumerate(parts):
        last = number == len(parts) - 1
        if index is None:
            if last:
                target[name] = value
            else:
                target = target.setdefault(name, {})
        else:
            items = target.setdefault(name, [])
            while len(items) <= index:
                items.append({})
            if last:
                items[index] = value
            else:
                target = items[index]


@cache
def _key_parts(key: str) -> tuple[tuple[str, int | None], ...]:
    """A column's key as (name, index or None) parts, worked out once per key:
    "offense.drugs[0].quantity" -> ("offense", None), ("drugs", 0), ("quantity", None)."""
    parts = []
    for part in key.split("."):
        match = _KEY_PART.fullmatch(part)
        assert match is not None, key
        parts.append((match.group(1), None if match.group(2) is None else int(match.group(2))))
    return tuple(parts)


# Running ----------------------------------------------------------------------------------

#: A per-case function: the case's data and the file's name -> a JSON-ready dict (or the JSON
#: text of one, an object); bad input raises :class:`CaseFileError`. It must be picklable (a
#: module-level function or a dataclass instance such as :class:`CalculateCase`) to run on
#: several processes.
PerCase = Callable[[dict, str], dict | str]


@dataclass(frozen=True)
class CalculateCase:
    """The per-case function of `ussg calc`: the case validated, computed, and its
    computation as the published JSON (``Computation.to_json_dict()``); ``as_text``: as that
    JSON's text (``Computation.to_json_text()``), which a JSON Lines writer writes as it is
    (and a worker process sends back as one string, not a tree of objects); ``as_utf8``:
    as that text in UTF-8 (``Computation.to_json_bytes()``), which a JSON Lines writer with
    a binary stream writes as it is (:class:`JsonLinesWriter`)."""

    manual: str | None = None
    assume_latest: bool = False
    as_text: bool = False
    as_utf8: bool = False

    def __call__(self, data: dict, where: str, *, within_bounds: bool = False
                 ) -> dict | str | bytes:
        case = case_from_dict(data, where, within_bounds=within_bounds)
        if self.manual is not None:
            case = case.model_copy(update={"manual": self.manual})
        computation = calculate(case, where, assume_latest=self.assume_latest)
        if self.as_utf8:
            return _utf8_or_text(computation.to_json_bytes())
        return computation.to_json_text() if self.as_text else computation.to_json_dict()


def _utf8_or_text(data: bytes) -> bytes | str:
    """A computation's JSON in UTF-8; as text where it holds a lone surrogate (which no case
    file's text can: the strict-input check refuses one), for the writer's text stream to
    encode as it would any text (or refuse it as before). Such bytes always hold 0xed, which
    UTF-8 otherwise has only for U+D000-U+D7FF."""
    if b"\xed" in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("utf-8", "surrogatepass")
    return data


@dataclass(frozen=True)
class ReduceCase:
    """The per-case function of `ussg reduce`: the case validated, the motion answered under
    §1B1.10 (guidelines/manual/ch1/part_b_reductions.py), and the result as `ussg reduce
    --format json` gives it."""

    motion_date: dt.date | None = None
    amendment: int | None = None

    def __call__(self, data: dict, where: str, *, within_bounds: bool = False) -> dict:
        from ussg.guidelines.manual.ch1.part_b_reductions import reduce_sentence
        from ussg.guidelines.render.reduction import reduction_json
        case = case_from_dict(data, where, within_bounds=within_bounds)
        return reduction_json(reduce_sentence(case, where, motion_date=self.motion_date,
                                              amendment=self.amendment))


def run_batch(cases: Iterable[CaseLine | JsonLine | CsvRow], per_case: PerCase,
              where: str = "<batch>", *,
              jobs: int = 1, reworded: Callable[[Problem], Problem] | None = None,
              chunk_lines: int = CHUNK_LINES) -> Iterator[LineResult]:
    """``per_case`` over each case, yielding a :class:`LineResult` per case in input order.
    With ``jobs`` above 1 the cases go in chunks to that many processes, at most ``2 * jobs``
    chunks in flight. ``reworded`` says a problem in the input's terms (:func:`wording`:
    the CSV column for the key). An exception other than :class:`CaseFileError` is a bug:
    it is raised."""
    iter_cases = iter(cases)
    chunks = iter(lambda: list(islice(iter_cases, chunk_lines)), [])
    for result in _in_order(chunks, _ChunkWork(per_case, where), jobs):
        if result.problems:
            problems = (p._replace(line=result.line) for p in result.problems)
            result = LineResult(result.where, result.line, result.name, None, tuple(
                map(reworded, problems) if reworded else problems))
        yield result


def wording(kind: str) -> Callable[[Problem], Problem]:
    """How a problem is said of a batch file of ``kind``: JSON's types for TOML's; in a CSV
    file, the column instead of the key."""
    return _csv_wording if kind == "csv" else _jsonl_wording


_JSON_TYPES = {"a TOML string (in quotes)": "a JSON string (in quotes)",
               "a TOML boolean (true or false)": "a JSON boolean (true or false)",
               "a table": "an object {...}"}


def _jsonl_wording(problem: Problem) -> Problem:
    message = problem.message
    for toml, json_type in _JSON_TYPES.items():
        message = message.replace(f"expected {toml}", f"expected {json_type}")
    return problem._replace(message=message)


def _csv_wording(problem: Problem) -> Problem:
    return problem._replace(field=csv_column_of(problem.field))


@dataclass(frozen=True)
class _ChunkWork:
    per_case: PerCase
    where: str

    def __call__(self, chunk: list[CaseLine | JsonLine | CsvRow]) -> list[LineResult]:
        return [self.one(case) for case in chunk]

    def one(self, case: CaseLine | JsonLine | CsvRow) -> LineResult:
        # a line or row is read here: in the worker process, with several
        if isinstance(case, JsonLine):
            case = jsonl_case(case.text, case.line, self.where)
        elif isinstance(case, CsvRow):
            case = csv_case(case.header, case.row, case.line, self.where)
        if case.data is None:
            return LineResult(self.where, case.line, case.name, None, case.problems)
        try:
            if case.within_bounds and isinstance(self.per_case, (CalculateCase, ReduceCase)):
                output = self.per_case(case.data, self.where, within_bounds=True)
            else:
                output = self.per_case(case.data, self.where)
        except CaseFileError as error:
            return LineResult(self.where, case.line, case.name, None, tuple(error.problems))
        return LineResult(self.where, case.line, case.name, output)


def _in_order(chunks: Iterator[list[CaseLine | JsonLine | CsvRow]], work: _ChunkWork,
              jobs: int) -> Iterator[LineResult]:
    head = list(islice(chunks, 2))
    chunks = chain(head, chunks)
    if jobs <= 1 or len(head) < 2:  # one chunk: no process worth starting
        for chunk in chunks:
            yield from work(chunk)
        return
    from concurrent.futures import ProcessPoolExecutor  # loaded only for several processes

    pool = ProcessPoolExecutor(jobs, initializer=_worker_ignores_interrupts)
    try:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(work, chunk))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _worker_ignores_interrupts() -> None:
    """Ctrl-C reaches the whole process group: the main process stops the batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def calculate_many(lines: Iterable[str | bytes | dict], *, manual: str | None = None,
                   assume_latest: bool = False, jobs: int = 1,
                   where: str = "<batch>") -> Iterator[LineResult]:
    """Compute many cases, yielding a :class:`LineResult` per case in input order. Each item
    is a line of JSON Lines text (a case object, dates as ISO strings) or a case's data as a
    dict (dates as ``datetime.date`` or ISO strings); lines are numbered from 1.

        >>> from ussg.guidelines.batch import calculate_many
        >>> [r.output["table_offense_level"] for r in calculate_many(open("cases.jsonl"))]
    """
    def cases() -> Iterator[CaseLine]:
        for number, item in enumerate(lines, 1):
            if isinstance(item, dict):
                yield case_line(copy.deepcopy(item), number, where)
                continue
            for _, text, problem in _physical_lines([item]):
                if problem:
                    yield _refused(number, "", problem)
                elif text is not None and text.strip():
                    yield jsonl_case(text, number, where)

    return run_batch(cases(), CalculateCase(manual, assume_latest), where, jobs=jobs,
                     reworded=wording("jsonl"))


# Writing ----------------------------------------------------------------------------------

def result_record(result: LineResult) -> dict:
    """A result as one JSON object: the file, the line and the output; or, for a case not
    computed, the caption, the whole message and each problem."""
    if isinstance(result.output, (str, bytes)):
        return {"file": result.where, "line": result.line, **json.loads(result.output)}
    if result.output is not None:
        return {"file": result.where, "line": result.line, **result.output}
    error = result.error
    assert error is not None
    return {"file": result.where, "line": result.line, "case_name": result.name,
            "error": str(error),
            "problems": [{"field": p.field, "message": p.message} for p in error.problems]}


@dataclass
class JsonLinesWriter:
    """Each result as a line of JSON (:func:`result_record`). ``binary``: the buffer under
    ``stream`` (:func:`utf8_buffer`), where the writer writes every line instead, in UTF-8: a
    computation's JSON in UTF-8 (``CalculateCase(as_utf8=True)``) as it is, every other line
    encoded as ``stream`` would encode it; the lines are flushed as ``stream`` would flush
    them (each line where it is line-buffered, a terminal's)."""

    stream: IO[str]
    binary: IO[bytes] | None = None
    _file: tuple[str, bytes] = field(default=("", b""), init=False, repr=False)

    def __post_init__(self) -> None:
        if self.binary is not None:
            self.stream.flush()  # anything written to the stream before goes first

    def write(self, result: LineResult) -> None:
        output = result.output
        binary = self.binary
        if type(output) is bytes and binary is not None and output.startswith(b"{") \
                and output != b"{}":
            # the output's JSON, written as it is after the file and the line (the bytes
            # json writes for the record: its separators are ", " and ": ")
            where, start = self._file
            if where != result.where:
                start = b'{"file": %b, "line": ' % _json_text(result.where).encode(
                    self.stream.encoding, self.stream.errors)
                self._file = (result.where, start)
            binary.write(b"%b%d, %b\n" % (start, result.line, output[1:]))
            if self.stream.line_buffering:
                binary.flush()
            return
        if isinstance(output, bytes):
            output = output.decode("utf-8", "surrogatepass")
        if isinstance(output, str) and output.startswith("{") and output != "{}":
            # the output's JSON text, written as it is after the file and the line
            line = (f'{{"file": {_json_text(result.where)}, "line": {result.line:d}, '
                    f'{output[1:]}\n')
        else:
            line = _ENCODER.encode(result_record(result)) + "\n"
        if binary is None:
            self.stream.write(line)
            return
        binary.write(line.encode(self.stream.encoding, self.stream.errors))
        if self.stream.line_buffering:
            binary.flush()


def utf8_buffer(stream: IO[str]) -> IO[bytes] | None:
    """The buffer under the interpreter's own standard output (``sys.__stdout__``), where it
    encodes text as UTF-8 and writes a line break as it is (as Python makes it on every
    platform): what a :class:`JsonLinesWriter` writes computations' UTF-8 into directly (the
    file itself where Python's output is unbuffered, ``python -u`` or PYTHONUNBUFFERED, as
    the stream writes each text there at once). None for any other stream (whose encoding
    or line breaks may differ)."""
    import codecs
    import io
    import sys

    buffer = getattr(stream, "buffer", None)
    if stream is not sys.__stdout__ or type(stream) is not io.TextIOWrapper \
            or not isinstance(buffer, (io.BufferedWriter, io.FileIO)):
        return None
    return buffer if codecs.lookup(stream.encoding).name == "utf-8" else None


#: json.dumps(..., ensure_ascii=False) builds this encoder anew for each call; one serves
#: every line (the same bytes: dumps is JSONEncoder(ensure_ascii=False).encode)
_ENCODER = json.JSONEncoder(ensure_ascii=False)
#: A string as JSON, as that encoder writes it (json's own function for ensure_ascii=False)
_json_text = json.encoder.encode_basestring


#: The columns of `ussg calc --format csv`: (header, the value in a computation's JSON).
CALC_CSV_COLUMNS: tuple[tuple[str, Callable[[dict], Any]], ...] = (
    ("total_offense_level", lambda o: o.get("total_offense_level")),
    ("table_offense_level", lambda o: o.get("table_offense_level")),
    ("criminal_history_category", lambda o: o.get("criminal_history_category")),
    ("range_min_months", lambda o: (o.get("range") or {}).get("min_months")),
    ("range_max_months", lambda o: (o.get("range") or {}).get("max_months")),
    ("range_life", lambda o: (o.get("range") or {}).get("life")),
    ("zone", lambda o: o.get("zone")),
    ("edition", lambda o: o.get("edition")),
    ("manual_in_force", lambda o: o.get("manual_in_force")),
    ("warnings", lambda o: o.get("warnings")),
)


def _range_end(key: str, end: str) -> Callable[[dict], Any]:
    return lambda o: (o.get(key) or {}).get(end)


#: The columns of `ussg reduce --format csv`.
REDUCE_CSV_COLUMNS: tuple[tuple[str, Callable[[dict], Any]], ...] = (
    ("motion_date", lambda o: o.get("motion_date")),
    ("policy_statement", lambda o: (o.get("policy_statement") or {}).get("citation")),
    ("manual_at_sentencing", lambda o: o.get("manual_at_sentencing")),
    ("amendments", lambda o: o.get("amendments")),
    *((f"{key}_{end}", _range_end(key, f"{end}_months" if end != "life" else end))
      for key in ("original_range", "amended_range") for end in ("min", "max", "life")),
    ("eligible", lambda o: o.get("eligible")),
    ("reason_section", lambda o: o.get("reason_section")),
    ("reason", lambda o: o.get("reason")),
    ("lowest_months", lambda o: o.get("lowest_months")),
    ("most_months", lambda o: o.get("most_months")),
    ("warnings", lambda o: o.get("warnings")),
)


@dataclass
class CsvWriter:
    """Each result as a CSV row: file, line, case_name, status ("computed" or "error"), the
    ``columns`` of the output, and the error (each problem as "field: message", "; "
    between). The header is written first."""

    stream: IO[str]
    columns: tuple[tuple[str, Callable[[dict], Any]], ...] = CALC_CSV_COLUMNS
    _rows: Any = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rows = csv.writer(self.stream, lineterminator="\n")
        self._rows.writerow(["file", "line", "case_name", "status",
                             *(name for name, _ in self.columns), "error"])

    def write(self, result: LineResult) -> None:
        output = (json.loads(result.output) if isinstance(result.output, (str, bytes))
                  else result.output)
        if output is None:
            said = "; ".join(f"{p.field}: {p.message}" if p.field else p.message
                             for p in result.problems)
            self._rows.writerow([result.where, result.line, result.name, "error",
                                 *([""] * len(self.columns)), said])
            return
        self._rows.writerow([result.where, result.line, output.get("case_name", result.name),
                             "computed", *(_cell(value(output)) for _, value in self.columns),
                             ""])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " | ".join(map(str, value))
    return str(value)


def count_lines(path: str | Path) -> int:
    """The number of lines of a file (the last one counted without a final line break),
    read in blocks: for a progress bar's total."""
    total, last = 0, b"\n"
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            total += block.count(b"\n")
            last = block[-1:]
    return total + (last != b"\n")

