"""Writing a case back to TOML: the same format ``load_case`` reads.

``parse_case(case_to_toml(case)) == case`` for every valid case: values are written as TOML
types (dates as TOML dates, quantities as the strings the user gave), keys that hold their
default are left out, except the offense guideline of a one-count case, which a reader
expects to see.

Given the text the case was read from, the file is updated in place instead: its comments,
key order and layout stay, only the values that changed are rewritten, and keys the user
wrote out with their default value are kept. A hand-written case file with its notes
survives an edit in the terminal app.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import tomli_w
import tomlkit
from tomlkit.exceptions import TOMLKitError

from ussg.guidelines.case.model import Case


def case_to_toml(case: Case, original: str | None = None) -> str:
    """The case as a case file; with ``original``, that file's text updated in place."""
    if original is not None:
        try:
            document = tomlkit.parse(original)
        except TOMLKitError:
            document = None  # the old text was not TOML: there is nothing to keep
        if document is not None:
            _update(document, _case_data(case, guideline_shown=False),
                    _plain(case.model_dump(mode="python")))
            return tomlkit.dumps(document)
    return tomli_w.dumps(_case_data(case, guideline_shown=True))


def _case_data(case: Case, guideline_shown: bool) -> dict[str, Any]:
    data = _plain(case.model_dump(mode="python", exclude_defaults=True))
    if not case.counts and guideline_shown:
        offense = data.setdefault("offense", {})
        data["offense"] = {"guideline": offense.pop("guideline", case.offense.guideline),
                           **offense}
    elif case.counts:  # [offense] and [[counts]] exclude each other
        data.pop("offense", None)
    return _ordered(data, list(Case.model_fields))


def _update(old: Any, new: dict[str, Any], full: Any) -> None:
    """Make the table ``old`` hold ``new``, touching only what differs. ``full`` is the same
    part of the case with its defaults, so a default the user wrote out is not dropped."""
    for key in list(old.keys()):
        if key not in new and not (isinstance(full, dict) and _same(old[key], full.get(key))):
            del old[key]
    for key, value in new.items():
        below = full.get(key) if isinstance(full, dict) else None
        if key not in old:
            old[key] = value
        elif isinstance(value, dict) and isinstance(old[key], dict):
            _update(old[key], value, below)
        elif _tables(value) and _tables(old[key]) and not _same(old[key], value):
            _update_list(old[key], value, below)
        elif not _same(old[key], value):
            old[key] = value


def _update_list(old: Any, new: list[dict[str, Any]], full: Any) -> None:
    """An array of tables, element by element; surplus elements removed, new ones added."""
    for i, value in enumerate(new):
        below = full[i] if isinstance(full, list) and i < len(full) else None
        if i < len(old):
            _update(old[i], value, below)
        else:
            old.append(value)
    while len(old) > len(new):
        del old[len(old) - 1]


def _tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _same(old: Any, new: Any) -> bool:
    plain = old.unwrap() if hasattr(old, "unwrap") else old
    return plain == new


def _plain(value: Any) -> Any:
    """Enums to their values, recursively (TOML knows strings, not Python enums)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _ordered(data: dict[str, Any], order: list[str]) -> dict[str, Any]:
    return {key: data[key] for key in order if key in data}
