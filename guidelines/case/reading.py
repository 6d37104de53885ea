"""Reading case files: TOML in, a validated :class:`Case` out, or an error naming the file
and the field.

No file can exhaust memory or time: what is not a regular file (a directory, a named pipe, a
device such as /dev/zero, even behind a symbolic link) is refused without being read, and so
is a file larger than :data:`MAX_FILE_BYTES`; tables and arrays nested more than
:data:`MAX_DEPTH` deep and integers of more than :data:`MAX_INTEGER_DIGITS` digits are refused
with the line or the field.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tomllib
import types
import typing
from pathlib import Path
from typing import Any

import annotated_types
from pydantic import BaseModel, ValidationError

from ussg.guidelines.case.model import Case
from ussg.guidelines.case.error import CaseFileError, Problem
from ussg.guidelines.engine.errors import shorten
from ussg.guidelines.case.facts import FactsInConflict, hidden_character, model_of_table
from ussg.guidelines.engine.patterns import LazyPattern

#: Limits on a case file. A real case, even a prior record of thousands of sentences, is far
#: inside each.
MAX_FILE_BYTES = 2 * 1024 * 1024  # 2 MiB
MAX_DEPTH = 32  # tables and arrays inside one another (a case needs 6)
MAX_INTEGER_DIGITS = 15  # integers in a case file: below 10**15 in absolute value
MAX_TEXT_CHARS = 10_000  # a string value (notes, a departure's reason) has at most this many
MAX_KEY_CHARS = 100  # a key (the longest the case file knows has 50 characters)


__all__ = ["CaseFileError", "Problem", "case_from_dict", "load_case", "parse_case"]


def load_case(path: str | Path) -> Case:
    """Read and validate a case file; every problem with it is a :class:`CaseFileError`."""
    return parse_case(read_case_text(path), where=str(path))


def read_case_text(path: str | Path) -> str:
    """The text of a case file, refused before it is read if it is not a regular file or is
    larger than :data:`MAX_FILE_BYTES`."""
    where = str(path)
    try:
        info = os.stat(path)  # follows symbolic links: the target is what would be read
    except FileNotFoundError:
        raise CaseFileError(where, "", "no such file") from None
    except (OSError, ValueError) as exc:
        raise CaseFileError(where, "", f"cannot read: {_os_reason(exc)}") from None
    _check_regular_file(where, path, info)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)  # never blocks, even on a FIFO swapped in since
        with os.fdopen(descriptor, "rb") as handle:
            _check_regular_file(where, path, os.fstat(handle.fileno()))
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CaseFileError(where, "", f"cannot read: {_os_reason(exc)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise CaseFileError(where, "", _too_large(len(data) - 1, more=True))
    return decode_case_bytes(data, where)


def _check_regular_file(where: str, path: str | Path, info: os.stat_result) -> None:
    mode = info.st_mode
    if not stat.S_ISREG(mode):
        kind = ("a directory" if stat.S_ISDIR(mode) else
                "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else
                "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
                "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
        link = ""
        if os.path.islink(path):
            link = f" (a symbolic link to {shorten(os.path.realpath(path))})"
        raise CaseFileError(where, "", f"is {kind}{link}, not a case file: ussg reads only "
                                       f"regular files")
    if info.st_size > MAX_FILE_BYTES:
        raise CaseFileError(where, "", _too_large(info.st_size))


def _too_large(size: int, more: bool = False) -> str:
    return (f"the file is {'more than ' if more else ''}{size:,} bytes; a case file may be "
            f"at most {MAX_FILE_BYTES:,} bytes (2 MiB)")


def _os_reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else shorten(str(exc))


def decode_case_bytes(data: bytes, where: str = "<case>") -> str:
    """UTF-8 text (a byte-order mark dropped), or an error giving the line and column of the
    first byte that is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bom = len("\ufeff".encode()) if data.startswith("\ufeff".encode()) else 0
        start = exc.start + bom
        line_start = max(data.rfind(b"\n", 0, start) + 1, bom)
        line = data.count(b"\n", 0, start) + 1
        column = len(data[line_start:start].decode("utf-8", "replace")) + 1
        message = (f"not UTF-8 text (at line {line}, column {column}): byte "
                   f"0x{data[start]:02x}; save the case file as UTF-8")
        text = data[bom:].decode("utf-8", "replace")
        raise CaseFileError(where, _key_at_error(text, message), message) from None


def parse_case(text: str, where: str = "<case>") -> Case:
    """Validate the TOML text of a case; every problem with it is a :class:`CaseFileError`."""
    text = text.removeprefix("\ufeff")  # a UTF-8 byte-order mark, as some editors write
    return case_from_dict(parse_case_toml(text, where), where, text)


def parse_case_toml(text: str, where: str = "<case>") -> dict[str, Any]:
    """The TOML of a case as a dict, within the limits on size, depth and numbers."""
    if len(text) > MAX_FILE_BYTES:
        raise CaseFileError(where, "", f"the text has {len(text):,} characters; a case file may "
                                       f"be at most {MAX_FILE_BYTES:,} bytes (2 MiB)")
    text = text.removeprefix("\ufeff")  # a UTF-8 byte-order mark, as some editors write
    _check_bracket_depth(text, where)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CaseFileError(where, _key_at_error(text, str(exc)), f"not valid TOML: {exc}") from None
    except ValueError:  # Python's limit on converting integers of more than 4,300 digits
        message = _long_number_message(text)
        raise CaseFileError(where, _key_at_error(text, message), message) from None
    except RecursionError:  # pragma: no cover - the bracket check refuses such nesting first
        raise CaseFileError(where, "", f"nested more than {MAX_DEPTH} deep") from None
    check_case_data_bounds(data, where)
    return data


# The tokens of TOML that matter for nesting: strings and comments (whose brackets do not
# count) and the brackets themselves. Possessive repeats keep the scan linear.
_NESTING_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*+"""'
    r"|'''(?:[^']|'(?!''))*+'''"
    r'|"(?:[^"\\\n]|\\.)*+"'
    r"|'[^'\n]*+'"
    r"|#[^\n]*+"
    r"|[\[\]{}]", re.S)


def _check_bracket_depth(text: str, where: str) -> None:
    """Refuse arrays and inline tables nested more than :data:`MAX_DEPTH` deep before the TOML
    parser, which recurses, sees them."""
    depth = 0
    for token in _NESTING_TOKENS.finditer(text):
        kind = token.group()
        if kind in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                message = (f"arrays or tables nested more than {MAX_DEPTH} deep"
                           f"{_at(text, token.start())}")
                raise CaseFileError(where, _key_at_error(text, message), message)
        elif kind in ("]", "}"):
            depth = max(depth - 1, 0)


def _at(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f" (at line {line}, column {column})"


_LONG_NUMBER = LazyPattern(r"(?<![0-9_])[0-9][0-9_]{4300,}")  # from a run's first digit only


def _long_number_message(text: str) -> str:
    found = _LONG_NUMBER.search(text)
    return (f"a number of more than 4,300 digits{_at(text, found.start()) if found else ''}; "
            f"integers in a case file have at most {MAX_INTEGER_DIGITS} digits")


def check_case_data_bounds(data: Any, where: str = "<case>") -> None:
    """Refuse data nested more than :data:`MAX_DEPTH` deep (dotted keys nest without
    brackets), integers of more than :data:`MAX_INTEGER_DIGITS` digits, strings of more than
    :data:`MAX_TEXT_CHARS` characters and keys of more than :data:`MAX_KEY_CHARS`, naming the
    field (the first problem in the order the data is written). The walk goes no deeper than
    :data:`MAX_DEPTH` tables, so that no depth of nesting can exhaust Python's stack."""
    if isinstance(data, (dict, list)):
        _check_bounds(data, (), where)
    elif _out_of_bounds(data):
        raise _value_refused(data, (), where)


def _check_bounds(value: dict | list, loc: tuple, where: str) -> None:
    """:func:`check_case_data_bounds` of a table or array at ``loc``: its keys, then each
    value in order (a value's path is put together only for a problem)."""
    if len(loc) > MAX_DEPTH:
        raise CaseFileError(where, field_path(loc[:MAX_DEPTH]) + "…",
                            f"tables or arrays nested more than {MAX_DEPTH} deep")
    if isinstance(value, dict):
        for key in value:
            if isinstance(key, str) and len(key) > MAX_KEY_CHARS:
                raise CaseFileError(where, field_path(loc), f"the key {shorten(key)} is "
                                    f"too long: keys have at most {MAX_KEY_CHARS} "
                                    f"characters (`ussg schema` lists every key)")
    for key, item in (value.items() if isinstance(value, dict) else enumerate(value)):
        if isinstance(item, (dict, list)):
            _check_bounds(item, (*loc, key), where)
        elif _out_of_bounds(item):
            raise _value_refused(item, (*loc, key), where)


def _out_of_bounds(value: Any) -> bool:
    if isinstance(value, str):
        return len(value) > MAX_TEXT_CHARS
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _INTEGER_LIMIT


def _value_refused(value: str | int, loc: tuple, where: str) -> CaseFileError:
    if isinstance(value, str):
        return CaseFileError(where, field_path(loc),
                             f"{shorten(value)} is too long: a text in a case file has at most "
                             f"{MAX_TEXT_CHARS:,} characters")
    return CaseFileError(where, field_path(loc),
                         f"the number {shorten(value)} is too large: integers in a case file "
                         f"have at most {MAX_INTEGER_DIGITS} digits")


_INTEGER_LIMIT = 10 ** MAX_INTEGER_DIGITS


_LINE = LazyPattern(r"\(at line (\d+), column \d+\)")
# A dotted key in a header: runs of key characters separated by spaces, matched possessively
# (a lazy match of "[a" and a million spaces took quadratic time).
_HEADER_KEY = r"([A-Za-z0-9_.\-]++(?: ++[A-Za-z0-9_.\-]++)*+)"
_HEADER = LazyPattern(r"^\s*\[\[?\s*" + _HEADER_KEY + r"\s*\]\]?\s*(#.*)?$")
_ASSIGNMENT = LazyPattern(r"^\s*([A-Za-z0-9_.\-]+)\s*=")


def _key_at_error(text: str, message: str) -> str:
    """The dotted key on the line a TOML error points at, so the user sees the field."""
    match = _LINE.search(message)
    if not match:
        return ""
    lines = text.splitlines()
    number = int(match.group(1))
    if not 1 <= number <= len(lines):
        return ""
    key = _ASSIGNMENT.match(lines[number - 1])
    if not key:
        return ""
    table = ""
    for line in reversed(lines[: number - 1]):
        header = _HEADER.match(line)
        if header:
            table = header.group(1).replace(" ", "")
            break
    return f"{table}.{key.group(1)}" if table else key.group(1)


def case_from_dict(data: dict[str, Any], where: str = "<case>", text: str | None = None, *,
                   within_bounds: bool = False) -> Case:
    """The case ``data`` states (as ``tomllib`` gives it), or a :class:`CaseFileError`
    listing every problem, each with its field, and with ``text`` (the file read) its line.
    ``within_bounds``: the caller has found ``data`` within :func:`check_case_data_bounds`'s
    bounds already (a batch's reader, from the line's text), and it is not walked again."""
    if not within_bounds:
        check_case_data_bounds(data, where)
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        error = CaseFileError(where, problems=[Problem(f, m) for f, m, _ in field_errors(exc)])
    raise error.in_file(where, key_lines(text) if text is not None else None) from None


def field_errors(exc: ValidationError) -> list[tuple[str, str, str]]:
    """Every problem of a validation error as (field path, message, pydantic error type); facts
    in conflict (:class:`FactsInConflict`) give one problem for each field involved."""
    found = []
    for error in exc.errors():
        where = field_path(error["loc"])
        conflict = (error.get("ctx") or {}).get("error")
        if isinstance(conflict, FactsInConflict):
            found += [(_joined(where, field), message, error["type"])
                      for field, message in conflict.problems]
        elif _key_not_text(error):
            # pydantic reports the key at the table holding it, the key as the input
            key_loc = (*error["loc"], error["input"])
            found.append((field_path(key_loc), _unknown_key(key_loc), "extra_forbidden"))
        else:
            found.append((where, _message(error),
                          "missing" if _choice_not_made(error) else error["type"]))
    return found


def _key_not_text(error: dict) -> bool:
    """A key that is not text: JSON's escape of half a character ("\\ud800", a lone
    surrogate), which no key of a case file holds (TOML refuses it; JSON Lines and the API's
    dicts can give it). pydantic refuses it at the table that holds it (the key as its input),
    where a value that is not text is refused at its own field, which is no table."""
    return (error["type"] == "string_unicode" and isinstance(error.get("input"), str)
            and _model_at(error["loc"]) is not None)


def _choice_not_made(error: dict) -> bool:
    """A required choice given as nothing (None): a value still needed, not a wrong one. A
    TOML case file cannot say it (TOML has no null); a form's empty list, or a JSON null
    through the API, can. Its type is reported as pydantic's "missing"."""
    return error["type"] in ("enum", "literal_error") and error.get("input", 0) is None


def _joined(path: str, field: str) -> str:
    if not path or not field:
        return path or field
    return path + field if field.startswith("[") else f"{path}.{field}"


def field_path(loc: tuple) -> str:
    """("offense", "drugs", 0, "quantity") -> "offense.drugs[0].quantity"."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _internal(part):
            continue
        else:
            key = shown_text(str(part))
            text += f".{key}" if text else key
    return text


def _internal(part: Any) -> bool:
    """A part of a pydantic location that is not a key of the case file."""
    return str(part).startswith(("function-", "literal[", "enum[", "nullable["))


# Messages in the case file's words ---------------------------------------------------------

def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return _unknown_key(error["loc"])
    if kind == "missing":
        return "required key is missing"
    if _choice_not_made(error):
        return f"still needed: one of {error['ctx']['expected']}"
    if kind in ("value_error", "assertion_error"):
        return error["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind == "string_too_short":
        return "is empty: give a value"
    expected = _expected(kind, error)
    if expected is None:
        return error["msg"]
    return f"expected {expected}, got {given(error['input'])}"


_TYPES = {
    "bool": "a TOML boolean (true or false)",
    "date": "a TOML date such as 1994-09-28 (no quotes, no time of day)",
    "string": "a TOML string (in quotes)",
    "model": "a table", "dict": "a table", "model_attributes": "a table",
    "list": "an array", "tuple": "an array",
}


def _expected(kind: str, error: dict) -> str | None:
    family = kind.removesuffix("_type").removesuffix("_parsing").split("_from_")[0]
    if family == "int" or kind in ("greater_than_equal", "less_than_equal", "greater_than",
                                   "less_than"):
        return "an integer" + _range_of(_field_info(error["loc"]))
    if kind in ("enum", "literal_error"):
        return f"one of {error['ctx']['expected']}"
    return _TYPES.get(family)


def given(value: Any) -> str:
    """What a TOML value is, as the user wrote it: "the boolean true", "the string \"5\""."""
    if isinstance(value, bool):
        return f"the boolean {'true' if value else 'false'}"
    if isinstance(value, int):
        try:
            digits = str(value)
        except ValueError:  # more digits than Python converts to text
            return "an integer of more than 4,300 digits"
        return f"the integer {digits}" if len(digits) <= 40 else \
            f"an integer of {len(digits.lstrip('-'))} digits"
    if isinstance(value, float):
        return f"the float {value!r}"
    if isinstance(value, str):
        return f"the string {shown_text(value, quoted=True)}"
    if isinstance(value, dt.datetime):
        return f"the date-time {value.isoformat()}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dt.time):
        return f"the time {value.isoformat()}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if value is None:
        return "nothing"
    return f"a Python {type(value).__name__}"


def shown_text(text: str, quoted: bool = False, limit: int = 80) -> str:
    """``text`` safe to print: characters that do not show as themselves (control and
    invisible characters, digits other than 0-9) written as \\u escapes; shortened to about
    ``limit`` characters."""
    out = []
    for char in text[:limit]:
        if char in '"\\' and quoted:
            out.append("\\" + char)
        elif hidden_character(char) or (char in "\t\n\r"):
            code = ord(char)
            out.append(f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}")
        else:
            out.append(char)
    body = "".join(out)
    if quoted:
        body = f'"{body}"'
    if len(text) > limit:
        body += f"… ({len(text):,} characters)"
    return body


def _unknown_key(loc: tuple) -> str:
    """An unknown key, with the nearest key that exists at that place."""
    from difflib import get_close_matches  # for a mistake only (about 0.4% of a start)

    model = _model_at(loc[:-1])
    close = get_close_matches(str(loc[-1]), list(model.model_fields), n=1, cutoff=0.6) \
        if model is not None else []
    hint = f"did you mean `{close[0]}`?" if close else "check the spelling;"
    return f"unknown key ({hint} `ussg schema` lists every key)"


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The case-file model an annotation holds (``list[Prior] | None`` -> Prior)."""
    annotation = model_of_table(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _model_at(loc: tuple) -> type[BaseModel] | None:
    model: type[BaseModel] | None = Case
    for part in loc:
        if isinstance(part, int) or _internal(part):
            continue
        info = model.model_fields.get(str(part)) if model is not None else None
        model = _model_of(info.annotation) if info is not None else None
    return model


def _field_info(loc: tuple) -> Any:
    keys = [p for p in loc if isinstance(p, str) and not _internal(p)]
    model = _model_at(tuple(keys[:-1])) if keys else None
    return model.model_fields.get(keys[-1]) if model is not None else None


def _range_of(info: Any) -> str:
    """" from 1 to 43", " of at least 0" ...: the bounds a field's integer must keep."""
    low = high = None
    for bound in _constraints(info):
        if isinstance(bound, annotated_types.Ge):
            low = bound.ge
        elif isinstance(bound, annotated_types.Gt):
            low = bound.gt + 1
        elif isinstance(bound, annotated_types.Le):
            high = bound.le
        elif isinstance(bound, annotated_types.Lt):
            high = bound.lt - 1
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        return f" of at least {low}"
    if high is not None:
        return f" of at most {high}"
    return ""


def _constraints(item: Any) -> list[Any]:
    if item is None:
        return []
    found = list(getattr(item, "metadata", None) or [])
    found += [c for meta in getattr(item, "__metadata__", ()) for c in _constraints(meta)]
    annotation = getattr(item, "annotation", None)
    for arg in typing.get_args(annotation) if annotation is not None else ():
        found += _constraints(arg)
    if isinstance(item, types.UnionType) or typing.get_origin(item) is typing.Union:
        for arg in typing.get_args(item):
            found += _constraints(arg)
    elif typing.get_origin(item) is typing.Annotated:
        found += [c for meta in item.__metadata__ for c in _constraints(meta)]
    return found


# Key path -> line -----------------------------------------------------------------------

_ARRAY_TABLE = LazyPattern(r"^\s*\[\[\s*" + _HEADER_KEY + r"\s*\]\]")
_TABLE = LazyPattern(r"^\s*\[\s*" + _HEADER_KEY + r"\s*\]")
_KEY = LazyPattern(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")


def key_lines(text: str) -> dict[str, int]:
    """Each key path of a case file ("departures[0].to_level") and the line it stands on
    (tables and arrays of tables at their header), found in the text as written."""
    lines: dict[str, int] = {}
    tables_in: dict[str, int] = {}  # array of tables -> how many so far
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        if header := _ARRAY_TABLE.match(line):
            array = _concrete(_dotted(header.group(1)), tables_in)
            index = tables_in.get(array, 0)
            tables_in[array] = index + 1
            table = f"{array}[{index}]"
            lines.setdefault(array, number)
            lines.setdefault(table, number)
        elif header := _TABLE.match(line):
            table = _concrete(_dotted(header.group(1)), tables_in)
            lines.setdefault(table, number)
        elif key := _KEY.match(line):
            lines.setdefault(".".join([table, *_dotted(key.group(1))] if table
                                      else _dotted(key.group(1))), number)
    return lines


def _dotted(key: str) -> list[str]:
    return [part.strip() for part in key.split(".")]


def _concrete(parts: list[str], tables_in: dict[str, int]) -> str:
    """[criminal_history.priors.revocations] inside the 2nd prior ->
    criminal_history.priors[1].revocations: the last table of each array named before."""
    path = ""
    for number, part in enumerate(parts):
        path = f"{path}.{part}" if path else part
        if path in tables_in and number < len(parts) - 1:
            path += f"[{tables_in[path] - 1}]"
    return path


def computation_error(exc: Exception, case: Case, where: str) -> CaseFileError | None:
    """Turn an engine error about a case into a :class:`CaseFileError` naming the field.

    Returns None for exceptions that are not about the user's input (bugs).
    """
    from ussg.guidelines.engine.editions import EditionError
    from ussg.guidelines.engine.tables import TableError

    if isinstance(exc, CaseFileError):  # the engine's CaseError included: name the file
        return exc if exc.where else exc.in_file(where)
    if isinstance(exc, (EditionError, TableError)):
        field = "manual" if case.manual is not None else "sentencing_date"
        return CaseFileError(where, field, str(exc))
    return None
