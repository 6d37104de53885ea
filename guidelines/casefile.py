"""Reading case files: TOML in, a validated :class:`Case` out, or an error naming the file
and the field.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .case import Case


class CaseFileError(ValueError):
    """A case that cannot be used as written. ``where`` is the file, ``field`` the key path."""

    def __init__(self, where: str, field: str, message: str) -> None:
        self.where, self.field, self.message = where, field, message
        location = f"{where}: {field}" if field else where
        super().__init__(f"{location}: {message}")


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
    return case_from_dict(data, where)


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


def case_from_dict(data: dict[str, Any], where: str = "<case>") -> Case:
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise CaseFileError(where, field_path(error["loc"]), _message(error)) from None


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
