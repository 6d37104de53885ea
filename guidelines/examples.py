"""The bundled case files (examples/, installed as ``ussg.examples``): each one's name, the
first line of its comments (what it shows), and its text. `ussg examples` lists and copies
them; nothing here prints."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

EXAMPLES_PACKAGE = "ussg.examples"


@dataclass(frozen=True)
class Example:
    name: str  # the file name without ".toml"
    title: str  # the [case] name, or the first comment line
    text: str


@cache
def bundled_examples() -> tuple[Example, ...]:
    """Every bundled case file, by name."""
    found = []
    for entry in resources.files(EXAMPLES_PACKAGE).iterdir():
        if not entry.name.endswith(".toml"):
            continue
        text = entry.read_text(encoding="utf-8")
        found.append(Example(entry.name.removesuffix(".toml"), _title(text), text))
    return tuple(sorted(found, key=lambda e: e.name))


def bundled_example(name: str) -> Example:
    """One bundled case file by its name (with or without ".toml"); a LookupError that
    suggests the nearest names otherwise."""
    wanted = name.removesuffix(".toml")
    for example in bundled_examples():
        if example.name == wanted:
            return example
    names = [e.name for e in bundled_examples()]
    close = difflib.get_close_matches(wanted, names, n=3)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise LookupError(f"no bundled example {name!r}; {hint}examples: {', '.join(names)}")


def _title(text: str) -> str:
    """The case's own name (`[case] name`), else the first line of its comments."""
    try:
        name = tomllib.loads(text).get("case", {}).get("name")
    except tomllib.TOMLDecodeError:
        name = None
    if isinstance(name, str) and name:
        return name
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#") and stripped.strip("# "):
            return stripped.lstrip("# ").strip()
    return ""
