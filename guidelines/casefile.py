"""Reading case files: TOML in, a validated :class:`Case` out, or an error naming the file
and the field.

No file can exhaust memory or time: what is not a regular file (a directory, a named pipe, a
device such as /dev/zero, even behind a symbolic link) is refused without being read, and so
is a file larger than :data:`MAX_FILE_BYTES`; tables and arrays nested more than
:data:`MAX_DEPTH` deep and integers of more than :data:`MAX_INTEGER_DIGITS` digits are refused
with the line or the field.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .case import Case
from .errors import shorten

#: Limits on a case file. A real case, even a prior record of thousands of sentences, is far
#: inside each.
MAX_FILE_BYTES = 2 * 1024 * 1024  # 2 MiB
MAX_DEPTH = 32  # tables and arrays inside one another (a case needs 6)
MAX_INTEGER_DIGITS = 15  # integers in a case file: below 10**15 in absolute value
MAX_TEXT_CHARS = 10_000  # a string value (notes, a departure's reason) has at most this many
MAX_KEY_CHARS = 100  # a key (the longest the case file knows has 50 characters)


class CaseFileError(ValueError):
    """A case that cannot be used as written. ``where`` is the file, ``field`` the key path."""

    def __init__(self, where: str, field: str, message: str) -> None:
        self.where, self.field, self.message = where, field, message
        location = f"{where}: {field}" if field else where
        super().__init__(f"{location}: {message}")


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
    return case_from_dict(parse_case_toml(text, where), where)


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


_LONG_NUMBER = re.compile(r"(?<![0-9_])[0-9][0-9_]{4300,}")  # from a run's first digit only


def _long_number_message(text: str) -> str:
    found = _LONG_NUMBER.search(text)
    return (f"a number of more than 4,300 digits{_at(text, found.start()) if found else ''}; "
            f"integers in a case file have at most {MAX_INTEGER_DIGITS} digits")


def check_case_data_bounds(data: Any, where: str = "<case>") -> None:
    """Refuse data nested more than :data:`MAX_DEPTH` deep (dotted keys nest without
    brackets), integers of more than :data:`MAX_INTEGER_DIGITS` digits, strings of more than
    :data:`MAX_TEXT_CHARS` characters and keys of more than :data:`MAX_KEY_CHARS`, naming the
    field. Iterative, so that no depth of nesting can exhaust Python's stack."""
    limit = 10 ** MAX_INTEGER_DIGITS
    stack: list[tuple[Any, tuple, int]] = [(data, (), 0)]
    while stack:
        value, loc, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                raise CaseFileError(where, field_path(loc[:MAX_DEPTH]) + "…",
                                    f"tables or arrays nested more than {MAX_DEPTH} deep")
            items = list(value.items() if isinstance(value, dict) else enumerate(value))
            for key, _ in items:
                if isinstance(key, str) and len(key) > MAX_KEY_CHARS:
                    raise CaseFileError(where, field_path(loc), f"the key {shorten(key)} is "
                                        f"too long: keys have at most {MAX_KEY_CHARS} "
                                        f"characters (`ussg schema` lists every key)")
            stack.extend((item, (*loc, key), depth + 1) for key, item in reversed(items))
        elif isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
            raise CaseFileError(where, field_path(loc),
                                f"{shorten(value)} is too long: a text in a case file has "
                                f"at most {MAX_TEXT_CHARS:,} characters")
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= limit:
            raise CaseFileError(where, field_path(loc),
                                f"the number {shorten(value)} is too large: integers in a "
                                f"case file have at most {MAX_INTEGER_DIGITS} digits")


_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\- ]+?)\s*\]\]?\s*(#.*)?$")
_ASSIGNMENT = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*=")
_LONGEST_HEADER = 1000  # longer lines are not read as table headers (the match is quadratic)


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
        header = _HEADER.match(line) if len(line) <= _LONGEST_HEADER else None
        if header:
            table = header.group(1).replace(" ", "")
            break
    return f"{table}.{key.group(1)}" if table else key.group(1)


def case_from_dict(data: dict[str, Any], where: str = "<case>") -> Case:
    check_case_data_bounds(data, where)
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise CaseFileError(where, field_path(error["loc"]), _message(error)) from None


def field_errors(exc: ValidationError) -> list[tuple[str, str, str]]:
    """Every problem of a validation error as (field path, message, pydantic error type)."""
    return [(field_path(e["loc"]), _message(e), e["type"]) for e in exc.errors()]


def field_path(loc: tuple) -> str:
    """("offense", "drugs", 0, "quantity") -> "offense.drugs[0].quantity"."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif str(part).startswith(("function-", "literal[", "enum[")):  # pydantic internals
            continue
        else:
            text += f".{part}" if text else str(part)
    return text


def _message(error: dict) -> str:
    kind, message = error["type"], error["msg"]
    if kind == "extra_forbidden":
        return "unknown key (check the spelling; `ussg schema` lists every key)"
    if kind == "missing":
        return "required key is missing"
    if message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    if kind.startswith(("int_", "date_", "bool_", "string_")) or kind in {"enum", "literal_error"}:
        message = f"{message} (got {error.get('input')!r})"
    return message


def computation_error(exc: Exception, case: Case, where: str) -> CaseFileError | None:
    """Turn an engine error about a case into a :class:`CaseFileError` naming the field.

    Returns None for exceptions that are not about the user's input (bugs).
    """
    from .editions import EditionError
    from .errors import CaseError
    from .tables import TableError

    if isinstance(exc, CaseFileError):
        return exc
    if isinstance(exc, CaseError):
        return CaseFileError(where, exc.field, exc.message)
    if isinstance(exc, (EditionError, TableError)):
        field = "manual" if case.manual is not None else "sentencing_date"
        return CaseFileError(where, field, str(exc))
    return None
