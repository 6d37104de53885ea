"""The strict-input check of strings (Strict._shown_as_read: no hidden characters, not blank)
runs on the fields that can hold the user's words and is left off the others (a boolean, a
number, a date, a table, a word of a fixed list), where it could refuse nothing: README
"Speed". Every model of the case file is walked, every guideline's facts model included."""

from __future__ import annotations

import datetime as dt
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from ussg.guidelines.case.facts import FactsTable, Strict
from ussg.guidelines.case.model import Case
from ussg.guidelines.manual.ch2.registry import chapter_two_guidelines
from tests.case.test_strict_types import _placed
from ussg.guidelines.cli import main


def _models() -> list[type[BaseModel]]:
    """Every model a case file reaches: the case's, and each guideline's facts model."""
    found: list[type[BaseModel]] = []
    todo: list[Any] = [Case, *(g.facts for g in chapter_two_guidelines() if g.facts)]
    while todo:
        annotation = todo.pop()
        if isinstance(annotation, type) and issubclass(annotation, FactsTable):
            annotation = annotation.model()
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation not in found:
                found.append(annotation)
                todo += [f.annotation for f in annotation.model_fields.values()]
        else:
            todo += typing.get_args(annotation)
    return found


def _takes_words(annotation: Any) -> bool:
    """A field whose value may be a string of the user's own (not a word of a fixed list):
    ``str`` somewhere in its type, outside a Literal; or a type not a bool, int, date, model,
    enum, Literal (such as money, a string or a number)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return False
    if origin is not None:
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            args = args[:1]
        return any(_takes_words(a) for a in args)
    if annotation is type(None) or annotation in (bool, int, dt.date):
        return False
    if isinstance(annotation, type) and issubclass(annotation, (BaseModel, Enum, FactsTable)):
        return False  # a facts table (or the counts' stand-in): its own model checks its words
    return True  # str, money, anything else: checked


MODELS = _models()


def test_every_model_of_the_case_file_is_walked() -> None:
    names = {m.__name__ for m in MODELS}
    assert {"Case", "Drug", "Role", "Prior", "CriminalHistory"} <= names
    assert len([m for m in MODELS if issubclass(m, Strict)]) >= 60, len(MODELS)


@pytest.mark.parametrize("model", [m for m in MODELS if issubclass(m, Strict)],
                         ids=lambda m: m.__qualname__)
def test_the_check_runs_on_every_field_that_takes_words(model: type[BaseModel]) -> None:
    checked = model.__pydantic_decorators__.field_validators["_shown_as_read"].info.fields
    for name, info in model.model_fields.items():
        if _takes_words(info.annotation):
            assert name in checked, f"{model.__qualname__}.{name}: {info.annotation!r}"
        elif name not in checked:  # left off: a type whose strings are a fixed list's words
            for arg in typing.get_args(info.annotation) + (info.annotation,):
                if isinstance(arg, type) and issubclass(arg, Enum) and issubclass(arg, str):
                    assert all(m.value.strip() and m.value.isprintable() for m in arg)


@pytest.mark.parametrize(("path", "value", "words"), [
    ("offense.drugs[0].substance", "heroin\u200b", "contains an invisible character"),
    ("offense.drugs[0].substance", "  ", "is empty"),
    ("criminal_history.under_sentence_of", " ", "is empty"),
    ("manual", "\u0661\u0669\u0669\u0663", "contains a digit other than 0-9"),
    ("offense.drugs[0].also_contains", ["cocaine", "\u200b"], "contains an invisible character"),
])
def test_the_check_still_refuses_words_that_hide_something(
        path: str, value: Any, words: str, tmp_path: Path, capsys) -> None:
    import tomli_w
    data = _placed(path, value)
    if path.startswith("offense.drugs"):
        drug = data["offense"]["drugs"][0]
        drug.setdefault("substance", "heroin")
        drug["quantity"] = "1 kg"
    file = tmp_path / "case.toml"
    file.write_text(tomli_w.dumps(data), encoding="utf-8")
    assert main(["calc", str(file)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: {words}" in err, err
