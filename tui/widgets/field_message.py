"""The inline message under a field: what is wrong with it, or that it is still needed."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Label, Static

from ..evaluation import Problem


class FieldMessage(Static):
    """Shows the problems of one field path (``offense.drugs[0].quantity``), hidden when
    there are none. Problems about an enclosing path without a message of its own land in
    the nearest enclosing FieldMessage, with the full path in front.
    """

    def __init__(self, path: str, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.path = path
        self.problems: tuple[Problem, ...] = ()
        self.display = False

    def show(self, problems: list[Problem]) -> None:
        problems_tuple = tuple(problems)
        if problems_tuple == self.problems:
            return
        self.problems = problems_tuple
        self.display = bool(problems)
        quiet = bool(problems) and all(p.missing for p in problems)
        self.set_class(quiet, "-missing")
        self.set_class(bool(problems) and not quiet, "-invalid")
        lines = []
        for problem in problems:
            text = problem.message
            if problem.field != self.path:
                text = f"{problem.field}: {text}" if problem.field else text
            lines.append(("· " if problem.missing else "✗ ") + text)
        self.update(Text("\n".join(lines)))


def field_row(label: str, *widgets: Widget, classes: str = "") -> Horizontal:
    """One line of the form: a label, then the widgets that hold the value."""
    return Horizontal(Label(label, classes="field-label"), *widgets,
                      classes=f"field-row {classes}".strip())


def compose_field(label: str, path: str, *widgets: Widget) -> ComposeResult:
    yield field_row(label, *widgets)
    yield FieldMessage(path)
