"""Reading case files: TOML in, a validated :class:`Case` out, or an error naming the file
and the field.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import types
import typing
from difflib import get_close_matches
from pathlib import Path
from typing import Any

import annotated_types
from pydantic import BaseModel, ValidationError

from .case import Case
from .casefile_error import CaseFileError, Problem, line_of
from .facts import FactsInConflict, hidden_character

__all__ = ["CaseFileError", "Problem", "case_from_dict", "load_case", "parse_case"]


def load_case(path: str | Path) -> Case:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseFileError(str(path), "", "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseFileError(str(path), "", f"cannot read: {exc}") from None
    return parse_case(text, where=str(path))


def parse_case(text: str, where: str = "<case>") -> Case:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CaseFileError(where, _key_at_error(text, str(exc)), f"not valid TOML: {exc}") from None
    return case_from_dict(data, where, text)


_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\- ]+?)\s*\]\]?\s*(#.*)?$")
_ASSIGNMENT = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*=")


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


def case_from_dict(data: dict[str, Any], where: str = "<case>", text: str | None = None) -> Case:
    """The case ``data`` states (as ``tomllib`` gives it), or a :class:`CaseFileError`
    listing every problem, each with its field, and with ``text`` (the file read) its line."""
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
        else:
            found.append((where, _message(error), error["type"]))
    return found


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
    model = _model_at(loc[:-1])
    close = get_close_matches(str(loc[-1]), list(model.model_fields), n=1, cutoff=0.6) \
        if model is not None else []
    hint = f"did you mean `{close[0]}`?" if close else "check the spelling;"
    return f"unknown key ({hint} `ussg schema` lists every key)"


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The case-file model an annotation holds (``list[Prior] | None`` -> Prior)."""
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

_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\- ]+?)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\- ]+?)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")


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
    from .editions import EditionError
    from .tables import TableError

    if isinstance(exc, CaseFileError):  # the engine's CaseError included: name the file
        return exc if exc.where else exc.in_file(where)
    if isinstance(exc, (EditionError, TableError)):
        field = "manual" if case.manual is not None else "sentencing_date"
        return CaseFileError(where, field, str(exc))
    return None
