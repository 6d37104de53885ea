"""The inline message under a field: what is wrong with it, or that it is still needed."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Label, Static

from ..evaluation import Problem
from ..wording import field_label, in_form_words


class FieldMessage(Static):
    """Shows the problems of one field path (``offense.drugs[0].quantity``), hidden when
    there are none, in the form's words (``tui.wording``). Problems about a field without a
    message of its own land in the nearest enclosing FieldMessage, the field named in front
    as the form labels it.
    """

    def __init__(self, path: str, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.path = path
        self.problems: tuple[Problem, ...] = ()
        self.display = False
        self.in_slot = False  # mounted by a MessageSlot (it routes the problems here)

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
            text = in_form_words(problem)
            if problem.field != self.path and problem.field:
                text = f"{field_label(problem.field)}: {text}"
            lines.append(("· " if problem.missing else "✗ ") + text)
        self.update(Text("\n".join(lines)))


class MessageSlot:
    """For a widget with many like it on the form (a finding of a guideline's facts): the
    place of its field's message, the :class:`FieldMessage` mounted at its end only when a
    problem first lands there. A FieldMessage per finding, hidden while the field is
    right, was a fifth of the form's widgets, each styled and laid out at every start.
    Shown, the message is where that FieldMessage was: the last of the widget's children.
    """

    #: the field path whose problems the slot shows (``FieldMessage.path``)
    path: str
    _message: FieldMessage | None = None

    @property
    def message(self) -> FieldMessage | None:
        """The field's message, once a problem has landed here (None before)."""
        return self._message

    def show_problems(self, problems: list[Problem]) -> None:
        if self._message is None:
            if not problems:
                return
            self._message = FieldMessage(self.path)
            self._message.in_slot = True
            self.mount(self._message)  # type: ignore[attr-defined]
        self._message.show(problems)


def field_row(label: str, *widgets: Widget, classes: str = "") -> Horizontal:
    """One line of the form: a label, then the widgets that hold the value."""
    return Horizontal(Label(label, classes="field-label"), *widgets,
                      classes=f"field-row {classes}".strip())


def compose_field(label: str, path: str, *widgets: Widget, classes: str = "") -> ComposeResult:
    yield field_row(label, *widgets, classes=classes)
    yield FieldMessage(path)
