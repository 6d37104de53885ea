"""Exact types, generated from the case-file models: at every key of the schema, TOML values
of a wrong type are refused through the real command line (exit 2), with a message naming
the field, what was expected and what was given (every wrong value of its kind at a field's
first path; one at each other path to the same field, see `_wrong_values`). Nothing is coerced: `"true"` or `1`
is not a yes, `"5"` is not 5, `"1994-09-28"` (a string) is not a date.
"""

from __future__ import annotations

import datetime as dt
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from pydantic import BaseModel

from ussg.guidelines.case.facts import FactsTable
from ussg.guidelines.case.model import Case
from ussg.guidelines.cli import main
from ussg.guidelines.engine.money import Dollars

# Wrong TOML values for each kind of key (tomllib gives bool, int, float, str, date,
# datetime, list, dict).
DATE, DATETIME = dt.date(1994, 9, 28), dt.datetime(1994, 9, 28, 0, 0)
WRONG: dict[str, list[Any]] = {
    "bool": [1, 0, "true", 1.0, DATE, ["true"]],
    "int": [True, "5", 5.0, DATE, [5]],
    "str": [5, True, 5.5, DATE, ["x"]],
    "date": ["1994-09-28", DATETIME, 19940928, True],
    "choice": [1, True, ["x"]],
    "list": ["x", 1, True],
    "table": ["x", 1, True, [1]],
    "tables": ["x", 1, {"x": 1}],
    "money": [True, 5.5, DATE, ["x"]],
}


def _kind(annotation: Any) -> tuple[str, type[BaseModel] | None]:
    """What a field takes, read from its annotation (Optional and Annotated removed)."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _kind(args[0])
    if origin is list:
        inner, model = _kind(args[0])
        return ("tables", model) if inner == "table" else ("list", None)
    if origin is typing.Literal:
        return "choice", None
    if args and origin is not None:  # X | None
        return _kind(args[0]) if len(args) == 1 else ("choice", None)
    if isinstance(annotation, type) and issubclass(annotation, FactsTable):
        return "table", annotation.model()  # a guideline's facts table (built when stated)
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return "table", annotation
        if issubclass(annotation, Enum):
            return "choice", None
        for kind, python in (("bool", bool), ("int", int), ("str", str)):
            if annotation is python:
                return kind, None
        if annotation is dt.date:
            return "date", None
        if annotation is Dollars:  # engine/money.py: a string or an integer of dollars
            return "money", None
    raise AssertionError(f"no kind for {annotation!r}")


def key_paths(model: type[BaseModel] = Case, prefix: str = "",
              within: tuple[type[BaseModel], ...] = ()
              ) -> list[tuple[str, str, type[BaseModel], str]]:
    """Every key path of the schema ("criminal_history.priors[0].offense_date"), its kind,
    and the model and field name that read it; tables and arrays of tables too, then their
    keys. A model inside itself (§2B1.1's cross reference nests §2K1.4's facts, which nest
    §2B1.1's) is walked once: its keys are those of the table it repeats."""
    found = []
    for name, info in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        kind, inner = _kind(info.annotation)
        found.append((path, kind, model, name))
        if inner is not None and inner not in within and inner is not model:
            found += key_paths(inner, path + ("[0]" if kind == "tables" else ""),
                               (*within, model))
    return found


FIELDS = key_paths()
PATHS = [(path, kind) for path, kind, _, _ in FIELDS]


def _wrong_values() -> dict[str, list[Any]]:
    """The wrong values tried at each key path. A field is read by its model wherever the
    model appears: §2A3.1's facts are read the same under [offense.criminal_sexual_abuse]
    and nested in §2A3.4's or §2G1.3's tables. The first path to a model's field is tried
    with every wrong value of its kind; each further path to the same field, with one of
    them, taken in turn, so that every path is still refused naming itself and every wrong
    value is still tried at many of them."""
    tried: dict[str, list[Any]] = {}
    first_paths: set[tuple[type[BaseModel], str]] = set()
    turn: dict[str, int] = {}
    for path, kind, model, name in FIELDS:
        if (model, name) not in first_paths:
            first_paths.add((model, name))
            tried[path] = WRONG[kind]
        else:
            tried[path] = [WRONG[kind][turn.get(kind, 0) % len(WRONG[kind])]]
            turn[kind] = turn.get(kind, 0) + 1
    return tried


TRIED = _wrong_values()


def _group(path: str) -> str:
    """The table a key path is tested with: its first two keys ("offense.robbery",
    "counts[0].robbery", "criminal_history.priors[0]")."""
    return ".".join(path.split(".")[:2])


GROUPS: dict[str, list[tuple[str, str]]] = {}
for _path, _path_kind in PATHS:
    GROUPS.setdefault(_group(_path), []).append((_path, _path_kind))


def _placed(path: str, value: Any) -> dict[str, Any]:
    """A case file stating ``value`` at ``path`` (edition and category given, so that the
    key tested is the case's only wrong type)."""
    data: dict[str, Any] = {"manual": "1994", "criminal_history": {"category": "I"}}
    node: Any = data
    parts = path.replace("[0]", ".[0]").split(".")
    for part, following in zip(parts, parts[1:] + [None]):
        if part == "[0]":
            continue
        if following is None:
            node[part] = value
        elif following == "[0]":
            node[part] = [{}] if not isinstance(node.get(part), list) else node[part]
            node = node[part][0]
        else:
            node[part] = node[part] if isinstance(node.get(part), dict) else {}
            node = node[part]
    return data


def test_every_key_of_the_schema_is_generated() -> None:
    keys = {path for path, _ in PATHS}
    assert {"departures[0].to_level", "adjustments.role.participants",
            "criminal_history.birth_date", "criminal_history.priors[0].revocations[0].date",
            "offense.safety_valve.truthful_disclosure", "counts[0].adjustments.role.aggravating",
            "acceptance.accepted", "offense.drugs[0].quantity"} <= keys
    assert len(PATHS) > 150


def test_every_wrong_value_of_every_kind_is_tried_at_every_field() -> None:
    """The reduction above leaves out no field and no wrong value: each model's field is
    tried with every wrong value of its kind at its first path, and every path with one."""
    kinds = {kind for _, kind in PATHS}
    for model_field in {(model, name) for _, _, model, name in FIELDS}:
        paths = [(p, k) for p, k, m, n in FIELDS if (m, n) == model_field]
        assert any(TRIED[p] == WRONG[k] for p, k in paths), model_field
    assert all(TRIED[path] for path, _ in PATHS)
    assert kinds <= set(WRONG)


def _refusal_problem(case_file: Path, path: str, value: Any, capsys) -> str | None:
    """Why ``value`` at ``path`` was not refused as the house refuses a wrong type (exit 2,
    nothing on standard output, no traceback, a line naming the field with what was expected
    and what was given), or None."""
    case_file.write_text("# A value of the wrong TOML type at one key (generated).\n"
                         + tomli_w.dumps(_placed(path, value)))
    status = main(["calc", str(case_file)])
    out, err = capsys.readouterr()
    if status != 2 or out or "Traceback" in err:
        return f"{path} = {value!r}: exit {status}, stdout {out[:200]!r}, stderr {err[:400]!r}"
    line = next((x for x in err.splitlines() if f"{case_file}: {path}: " in x
                 or f" {path}: " in x), None)
    if line is None or "expected " not in line or ", got " not in line:
        return f"{path} = {value!r}: no line naming the field as expected: {err[:400]!r}"
    return None


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_a_wrong_toml_type_is_refused_naming_the_field(
        group: str, tmp_path: Path, capsys) -> None:
    case_file = tmp_path / "case.toml"
    problems = [problem for path, _ in GROUPS[group] for value in TRIED[path]
                if (problem := _refusal_problem(case_file, path, value, capsys))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("toml", "field", "words"), [
    ("[acceptance]\naccepted = \"true\"", "acceptance.accepted",
     'expected a TOML boolean (true or false), got the string "true"'),
    ("[acceptance]\naccepted = 1", "acceptance.accepted",
     "expected a TOML boolean (true or false), got the integer 1"),
    ("[[departures]]\nafter = \"total\"\nto_level = true\nreason = \"r\"",
     "departures[0].to_level", "expected an integer from 1 to 43, got the boolean true"),
    ("[adjustments.role]\naggravating = \"organizer_or_leader\"\nparticipants = true",
     "adjustments.role.participants", "expected an integer of at least 1, got the boolean true"),
    ("[adjustments.role]\naggravating = \"organizer_or_leader\"\nparticipants = \"5\"",
     "adjustments.role.participants", 'expected an integer of at least 1, got the string "5"'),
    ("sentencing_date = \"1994-09-28\"", "sentencing_date",
     'expected a TOML date such as 1994-09-28 (no quotes, no time of day), got the string '
     '"1994-09-28"'),
    ("sentencing_date = 1994-09-28T00:00:00", "sentencing_date",
     "expected a TOML date such as 1994-09-28 (no quotes, no time of day), got the date-time "
     "1994-09-28T00:00:00"),
])
def test_the_message_says_what_was_expected_and_what_was_given(
        toml: str, field: str, words: str, tmp_path: Path, capsys) -> None:
    case_file = tmp_path / "case.toml"
    case_file.write_text(f"manual = \"1994\"\n{toml}\n[criminal_history]\ncategory = \"I\"\n")
    assert main(["calc", str(case_file)]) == 2
    err = capsys.readouterr().err
    assert f"{case_file}: {field}: {words}" in err, err


def test_the_right_types_are_accepted(tmp_path: Path, capsys) -> None:
    """The same keys with values of the right type compute (the refusals above are about
    the type, not the key)."""
    case_file = tmp_path / "case.toml"
    case_file.write_text(
        "# §3B1.1(a) organizer of five participants, §3E1.1(a) acceptance, 1994 Manual\n"
        "sentencing_date = 1994-09-28\n[acceptance]\naccepted = true\n"
        "[[offense.drugs]]\nsubstance = \"heroin\"\nquantity = \"1 kg\"\n"
        "[adjustments.role]\naggravating = \"organizer_or_leader\"\nparticipants = 5\n"
        "[criminal_history]\ncategory = \"I\"\n")
    assert main(["calc", str(case_file)]) == 0
    assert "§3B1.1(a)" in capsys.readouterr().out
