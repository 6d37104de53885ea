"""Findings the case model states field by field, shown as the model describes them: a
checkbox for a yes/no finding, a list for a choice, a field for a number or words, a group
for a table of findings (such as the §5C1.2 safety-valve criteria).

The widgets follow the schema (``ussg.guidelines.case.model``): a finding added to the model appears
here with its description as the tooltip, and nothing is decided in the app — a finding
the edition does not have is refused by the library, and the refusal shows under the field.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
import types
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Checkbox, Label, Select, SelectionList

from ..evaluation import ABSENT
from ..form_values import as_dict, as_list, date_value, int_value, str_value, text_of
from .field_input import FieldInput
from .field_message import MessageSlot, field_row
from .lazy_select import LazySelect
from .mark import Mark, MarkList

_SECTION = re.compile(r"§\s?\d[\w.]*(?:\([a-z0-9]+\))*")


@dataclass(frozen=True)
class Kind:
    """How one field of the model is entered."""

    name: str  # bool | tristate | choice | multi | int | text | date | money | list | group
    # | entries ("tristate": a bool that may be left unstated, ``bool | None``)
    #            | other
    choices: tuple[str, ...] = ()
    optional: bool = False
    group: type[BaseModel] | None = None  # the model of a group, or of each entry
    item: str = ""  # a list of words, dates or numbers: the kind of each (text | date | int)


def kind_of(field: FieldInfo) -> Kind:
    annotation, optional = field.annotation, False
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        if len(args) != 1:
            return Kind("other")
        annotation = args[0]
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if annotation is bool:  # a ``bool | None`` has three states: yes, no, not stated
        return Kind("tristate", optional=True) if optional else Kind("bool")
    choices = _choices(annotation)
    if choices:
        return Kind("choice", choices, optional)
    if get_origin(annotation) is list:
        item = _unannotated(get_args(annotation)[0])
        if isinstance(item, type) and issubclass(item, BaseModel):
            return Kind("entries", optional=optional, group=item)
        inner = _choices(item)
        if inner:
            return Kind("multi", inner)
        scalar = _SCALARS.get(item)
        return Kind("list", optional=optional, item=scalar) if scalar else Kind("other")
    if isinstance(annotation, type) and issubclass(annotation, Decimal):
        return Kind("money", optional=optional)  # Dollars: the library reads the amount
    if annotation is int:
        return Kind("int", optional=optional)
    if annotation is str:
        return Kind("text", optional=optional)
    if annotation is dt.date:
        return Kind("date", optional=optional)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return Kind("group", optional=optional, group=annotation)
    return Kind("other")


#: the items a list entered as one line of comma-separated values may hold
_SCALARS: dict[Any, str] = {str: "text", dt.date: "date", int: "int"}


def _unannotated(annotation: Any) -> Any:
    return get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation


def _choices(annotation: Any) -> tuple[str, ...]:
    if get_origin(annotation) is Literal:
        return tuple(str(v) for v in get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return tuple(str(m.value) for m in annotation)
    return ()


def label_for(name: str, field: FieldInfo) -> str:
    """"§2D1.1(b)(2) violence": the section the description names, then the field's name."""
    match = _SECTION.match(field.description or "")
    words = name.replace("_", " ")
    return f"{match.group(0)} {words}" if match else words


def _default(field: FieldInfo) -> Any:
    if field.is_required():
        return None
    value = field.get_default(call_default_factory=True)
    return value.value if isinstance(value, Enum) else value


class FactField(MessageSlot, Vertical):
    """One finding: its widget and the message under it (mounted when there is one)."""

    def __init__(self, model: type[BaseModel], name: str, path: str, raw: Any,
                 label: str | None = None, beside: Widget | None = None,
                 entries_editable: bool = True) -> None:
        super().__init__(classes="fact-field")
        # False: a list of entries is shown as stated and kept as loaded (edit in the file)
        self.entries_editable = entries_editable
        self.name_in_model = name
        self.field = model.model_fields[name]
        self.kind = kind_of(self.field)
        self.path = f"{path}.{name}"
        self.raw = raw
        self.label = label  # a short label on the field's own line (entries), else above it
        self.beside = beside  # a widget at the end of that line (an entry's ✕)
        self.default = _default(self.field)  # left out of the case when the field holds it
        self.tooltip = self.field.description

    def compose(self) -> ComposeResult:
        for widget in self._widgets():
            if widget.has_class("fact-value"):
                self._value_widget = widget
            yield widget

    _value_widget: Widget | None = None

    def _widgets(self) -> ComposeResult:
        kind, raw, label = self.kind, self.raw, label_for(self.name_in_model, self.field)
        # an id where the path is fixed (a field of an entry moves when entries are removed)
        ident = None if "[" in self.path else "fact-" + self.path.replace(".", "-")
        classes = f"fact-value fact-{self.name_in_model}"
        if kind.name == "bool":
            yield Mark(self.label or label, raw is True, compact=True, classes=classes,
                       id=ident)
        elif kind.name == "tristate":  # not a checkbox: unticked would write "false"
            value = raw if isinstance(raw, bool) else Select.NULL
            yield from self._labelled(label, LazySelect(
                [("yes", True), ("no", False)], value=value, allow_blank=True, prompt="—",
                compact=True, classes=classes, id=ident))
        elif kind.name == "choice":
            default = _default(self.field)
            choices = [(c.replace("_", " "), c) for c in kind.choices]
            if raw is not None and text_of(raw) not in kind.choices:
                choices.append((f"{text_of(raw)} (as written)", text_of(raw)))
            value = text_of(raw) if raw is not None else (default or Select.NULL)
            yield from self._labelled(label, LazySelect(
                choices, value=value, allow_blank=default is None, prompt="—", compact=True,
                classes=classes, id=ident))
        elif kind.name == "multi":
            chosen = {text_of(v) for v in raw} if isinstance(raw, list) else set()
            # the list scrolls in a few lines (§2K2.1's statutes would fill an 80×24
            # screen); the label says what is ticked, in the list's order
            self._multi_label = Label(_ticked(label, [c for c in kind.choices if c in chosen]),
                                      classes="fact-label multi-label")
            yield self._multi_label
            yield MarkList(*((c.replace("_", " "), c, c in chosen) for c in kind.choices),
                           compact=True, classes=f"{classes} multi", id=ident)
        elif kind.name in ("int", "text", "date", "money"):
            placeholder = {"int": "number", "date": "YYYY-MM-DD",
                           "money": "$ amount"}.get(kind.name, "")
            yield from self._labelled(label, FieldInput(
                text_of(raw), compact=True, classes=classes, id=ident, placeholder=placeholder))
        elif kind.name == "list":
            placeholder = {"date": "YYYY-MM-DD, YYYY-MM-DD"}.get(kind.item, "comma-separated")
            yield from self._labelled(label, FieldInput(
                _list_text(raw), compact=True, classes=classes, id=ident,
                placeholder=placeholder))
        elif kind.name == "group" and kind.group is not None:
            yield Mark(f"{self.label or label} — stated", isinstance(raw, dict),
                       compact=True, classes=classes, id=ident)
            group = FactFields(kind.group, self.path, as_dict(raw), classes="fact-group",
                               compact=self.label is not None, closed=not isinstance(raw, dict),
                               entries_editable=self.entries_editable)
            group.display = isinstance(raw, dict)
            self._group = group
            yield group
        elif kind.name == "entries" and kind.group is not None and self.entries_editable \
                and (raw is None or isinstance(raw, list)):
            from .model_entries import ModelEntryList  # (it lays out entries with FactFields)

            entries = ModelEntryList(kind.group, self.path, as_list(raw),
                                     noun=(self.label or label).capitalize(),
                                     classes=classes)
            self._value_widget = entries
            yield entries
        else:
            stated = f"{len(raw)} stated" if isinstance(raw, list) else "as written"
            yield Label(Text(f"{label}: {stated} — edit in the case file"),
                        classes="fact-label")

    def _labelled(self, label: str, widget: Widget) -> ComposeResult:
        """The label above the widget, or (a short label given) beside it on one line."""
        if self.label is None:
            yield Label(label, classes="fact-label")
            yield widget
        else:
            self._value_widget = widget
            yield field_row(self.label, widget, *([self.beside] if self.beside else []))

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        if self.kind.name == "multi" and event.selection_list is self._value_widget:
            chosen = set(event.selection_list.selected)
            self._multi_label.update(_ticked(label_for(self.name_in_model, self.field),
                                             [c for c in self.kind.choices if c in chosen]))

    async def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        if self.kind.name == "group" and event.checkbox is self._value_widget:
            self._group.display = event.value
            if event.value:
                await self._group.open()

    @property
    def value_widget(self) -> Widget | None:
        return self._value_widget

    @property
    def edited_here(self) -> bool:
        """False for a field the form cannot show (its loaded value is kept as it is)."""
        return self.value_widget is not None

    def value(self) -> Any:
        """The case-file value, or ABSENT where the field keeps its default."""
        kind, widget = self.kind, self.value_widget
        if widget is None:
            raise ValueError(f"{self.path} is not edited in the form")
        if kind.name == "bool":
            value: Any = widget.value  # type: ignore[attr-defined]
        elif kind.name in ("choice", "tristate"):
            value = None if widget.value is Select.NULL else widget.value  # type: ignore[attr-defined]
        elif kind.name == "multi":
            value = list(widget.selected)  # type: ignore[attr-defined]
        elif kind.name == "int":
            value = int_value(widget.value)  # type: ignore[attr-defined]
        elif kind.name == "text":
            value = str_value(widget.value)  # type: ignore[attr-defined]
        elif kind.name == "date":
            value = date_value(widget.value)  # type: ignore[attr-defined]
        elif kind.name in ("money", "list"):
            value = self._as_typed(widget.value)  # type: ignore[attr-defined]
        elif kind.name == "entries":
            value = widget.values()  # type: ignore[attr-defined]
        else:  # a group: its findings, if stated
            if not widget.value:  # type: ignore[attr-defined]
                return ABSENT
            return self._group.data()
        if value is ABSENT or (not self.field.is_required() and value == self.default):
            return ABSENT
        return value


    def _as_typed(self, text: str) -> Any:
        """An amount or a comma-separated list: the loaded value while its text is unchanged
        (an amount stays an integer or a string as the file wrote it), else what was typed —
        the amount as a string, the list item by item — for the library to read."""
        shown = _list_text(self.raw) if self.kind.name == "list" else text_of(self.raw)
        if self.raw is not None and text.strip() == shown.strip():
            return self.raw
        if not text.strip():
            return ABSENT
        if self.kind.name == "money":
            return text.strip()
        read = {"date": date_value, "int": int_value}.get(self.kind.item, str.strip)
        return [read(item) for item in text.split(",") if item.strip()]


def _ticked(label: str, ticked: list[str]) -> str:
    """"convicted under — 922(g), 924(c)": a list to tick, and what is ticked in it."""
    shown = ", ".join(c.replace("_", " ") for c in ticked) if ticked else "none ticked"
    return f"{label} — {shown}"


def _list_text(raw: Any) -> str:
    """A list of words, dates or numbers as one line: "a, b, c"."""
    if isinstance(raw, list):
        return ", ".join(text_of(item) for item in raw)
    return text_of(raw)


class FactFields(Vertical):
    """The findings of one part of the model (all its fields, or those named)."""

    def __init__(self, model: type[BaseModel], path: str, raw: dict[str, Any],
                 names: list[str] | None = None, compact: bool = False,
                 labels: dict[str, str] | None = None, beside: Widget | None = None,
                 closed: bool = False, entries_editable: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.entries_editable = entries_editable  # False: lists of entries kept as loaded
        self.model = model
        self.path = path
        self.raw = raw
        self.names = names if names is not None else list(model.model_fields)
        self.compact = compact  # each field on one line with a short label (entries)
        self.labels = labels or {}
        self.beside = beside  # at the end of the first field's line (compact only)
        # a group not open on screen has no widgets yet (opening one lays them out): until
        # then it states nothing, and the file's values stand as loaded
        self.closed = closed
        self._fields: list[FactField] = []

    def compose(self) -> ComposeResult:
        if self.closed:
            return
        self._fields = [FactField(self.model, name, self.path, self.raw.get(name),
                                  self._short_label(name), self.beside if index == 0 else None,
                                  self.entries_editable)
                        for index, name in enumerate(self.names)]
        yield from self._fields

    async def open(self) -> None:
        """Lay the fields out, the first time the group is shown."""
        if self.closed:
            self.closed = False
            await self.recompose()

    def _short_label(self, name: str) -> str | None:
        if not self.compact:
            return None
        return self.labels.get(name) or name.replace("_", " ").capitalize()

    def field(self, name: str) -> FactField:
        """The field ``name`` (for readers and tests)."""
        return next(f for f in self._fields if f.name_in_model == name)

    def data(self) -> dict[str, Any]:
        return {f.name_in_model: f.value() for f in self._fields if f.edited_here}

    @property
    def stated(self) -> bool:
        """Whether the loaded file states any of these findings (to show them open)."""
        return any(name in self.raw for name in self.names)
