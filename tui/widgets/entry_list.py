"""Lists of entries of the case file — counts, drugs, prior sentences, revocations,
departures, variances: each entry a row with its fields and a ✕, the list with a "+" button.

The rows own the paths their messages answer to ("counts[1].drugs[0].quantity"); removing a
row renumbers the rows after it, so every message keeps pointing at the entry it sits in.
Removing an entry that holds anything asks first.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Static

from ..evaluation import ABSENT
from ..form_values import text_of
from .field_message import FieldMessage, field_row

#: widget attributes that hold a case-file path (renumbered with their entry)
PATH_ATTRIBUTES = ("path", "list_path")


def rebase(root: Widget, old: str, new: str) -> None:
    """Every path under ``root`` that starts with ``old`` ("counts[2]") starts with ``new``."""
    for widget in root.walk_children(with_self=True):
        attributes = vars(widget)
        for name in PATH_ATTRIBUTES:
            value = attributes.get(name)
            if isinstance(value, str) and (value == old or value.startswith((old + ".",
                                                                               old + "["))):
                attributes[name] = new + value[len(old):]


def holds_values(value: Any) -> bool:
    """Whether a row's values state anything (ABSENT, empty text and empty lists do not)."""
    if isinstance(value, dict):
        return any(holds_values(item) for item in value.values())
    if isinstance(value, list):
        return any(holds_values(item) for item in value)
    return value is not ABSENT and value is not None and value != "" and value is not False


class EntryRow(Vertical):
    """One entry: its fields, a ✕ to remove it, and its place in the list."""

    NOUN: ClassVar[str] = "Entry"  # "Drug", "Count", "Prior sentence" ...
    removable: bool = True

    class Removed(Message):
        """The ✕ of a row was pressed (the list asks, then removes it)."""

        def __init__(self, row: EntryRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, raw: dict[str, Any], index: int, list_path: str, **kwargs) -> None:
        super().__init__(classes="list-row", **kwargs)
        self.raw = raw
        self.index = index
        self.list_path = list_path
        self.noun = self.NOUN

    @property
    def entry_path(self) -> str:
        """Where this entry is in the case file: "departures[0]"."""
        return f"{self.list_path}[{self.index}]"

    def title(self) -> str:
        return f"{self.noun} {self.index + 1}"

    def on_mount(self) -> None:
        self.border_title = self.title()

    def reindex(self, index: int) -> None:
        old = self.entry_path
        self.index = index
        rebase(self, old, self.entry_path)
        self.border_title = self.title()

    def remove_button(self, focusable: bool = False) -> Button:
        """The ✕, for the mouse: out of the Tab order (the keys have F8), so that Tab goes
        from field to field — unless the row has no field to hold the cursor."""
        button = Button("✕", compact=True, classes="remove",
                        tooltip=f"Remove this {self.noun.lower()} (F8)")
        button.can_focus = focusable
        return button

    def values(self) -> dict[str, Any] | None:
        """The entry as the case file states it; None for a new row left empty."""
        raise NotImplementedError

    def summary(self) -> str:
        """A few words saying which entry this is (for the question before removing it)."""
        return ""

    @property
    def blank(self) -> bool:
        """Nothing typed and nothing loaded: removed without asking."""
        values = self.values()
        return not self.raw and not holds_values(values or {})

    def focus_first(self) -> None:
        for widget in self.query("Input, Select, Checkbox"):
            if widget.focusable:
                widget.focus()
                return

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.has_class("remove"):  # a nested entry's ✕ stops at that entry
            event.stop()
            self.post_message(self.Removed(self))


class AsWrittenRow(EntryRow):
    """An entry the file states as something other than a table: shown and kept as written
    (the case model says what is wrong with it, under it), until removed."""

    def compose(self) -> ComposeResult:
        yield field_row("As written", Static(f"{text_of(self.raw)!r}: not a table",
                                             classes="as-written"),
                        self.remove_button(focusable=True))
        yield FieldMessage(self.entry_path, classes="row-message")

    def values(self) -> Any:
        return self.raw

    @property
    def blank(self) -> bool:
        return False


class EntryList(Vertical):
    """Entries of one list of the case file, in order, with a button to add one."""

    NOUN: ClassVar[str] = "entry"
    ADD_LABEL: ClassVar[str] = "+ entry"
    ADD_ID: ClassVar[str | None] = None  # "add-drug": the button's id (unique in its list)

    class RowsChanged(Message):
        """A row was added or removed."""

        def __init__(self, entries: EntryList) -> None:
            super().__init__()
            self.entries = entries

    def __init__(self, path: str, entries: Any, **kwargs) -> None:
        super().__init__(**kwargs)
        self.path = path
        self._initial = entries if isinstance(entries, list) else []
        # a list the file states as something else: kept as written until an entry is added
        self.as_written = entries if entries is not None and not isinstance(entries,
                                                                            list) else None

    def make_row(self, raw: dict[str, Any], index: int) -> EntryRow:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        if self.as_written is not None:
            yield Static(f"As written: {text_of(self.as_written)!r}, not a list (an entry "
                         "added replaces it)", classes="hint as-written")
        for index, raw in enumerate(self._initial):
            yield (self.make_row(raw, index) if isinstance(raw, dict)
                   else AsWrittenRow(raw, index, self.path))
        yield FieldMessage(self.path, classes="list-message")
        yield Button(self.ADD_LABEL, compact=True, classes="add-entry", id=self.ADD_ID,
                     tooltip=f"Add a {self.NOUN} (Ctrl+N)")

    @property
    def rows(self) -> list[EntryRow]:
        return [child for child in self.children if isinstance(child, EntryRow)]

    def values(self) -> list[dict[str, Any]]:
        """The entries as the case file lists them (rows left empty are not entries)."""
        return [entry for entry in (row.values() for row in self.rows) if entry is not None]

    @property
    def kept_as_written(self) -> bool:
        """The file's value is not a list and no entry was added: the form leaves it be."""
        return self.as_written is not None and not self.rows

    def patch(self, key: str, empty: Any = None) -> dict[str, Any]:
        """``{key: the entries}`` for the form's patch (``empty`` when there are none, if
        given) — nothing while the file's value is kept as written."""
        if self.kept_as_written:
            return {}
        values = self.values()
        return {key: values if values or empty is None else empty}

    async def add_row(self, raw: dict[str, Any] | None = None) -> EntryRow:
        """A new entry at the end, with the cursor in its first field."""
        row = self.make_row(raw or {}, len(self.rows))
        await self.mount(row, before=self.query_children(".list-message").first())
        row.focus_first()
        row.scroll_visible(animate=False)
        self.post_message(self.RowsChanged(self))
        return row

    async def remove_row(self, row: EntryRow) -> None:
        """Remove ``row``, renumber the rows after it and move the cursor to a neighbour."""
        index = row.index
        had_focus = self.screen.focused is not None and (
            self.screen.focused is row or row in self.screen.focused.ancestors)
        await row.remove()
        rows = self.rows
        for position, later in enumerate(rows[index:], start=index):
            later.reindex(position)
        if had_focus or self.screen.focused is None:
            if rows:
                rows[min(index, len(rows) - 1)].focus_first()
            else:
                self.query_children(".add-entry").first().focus()
        await self.rows_removed()
        self.post_message(self.RowsChanged(self))

    async def rows_removed(self) -> None:
        """After a row is removed (and the others renumbered), before the change is told."""

    def ask_to_remove(self, row: EntryRow) -> None:
        """Remove ``row`` — after asking, if it holds anything."""
        if not row.removable:
            return
        if row.blank:
            self.run_worker(self.remove_row(row))
            return
        from ..screens.dialogs import ChoiceDialog

        summary = row.summary()
        question = f"Remove {row.title()}{f' ({summary})' if summary else ''}?"

        async def answered(choice: str | None) -> None:
            if choice == "remove":
                await self.remove_row(row)

        self.app.push_screen(ChoiceDialog(question, [("remove", "Remove"),
                                                     ("cancel", "Cancel")]), answered)

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.has_class("add-entry"):  # a nested list's button stops there
            event.stop()
            await self.add_row()

    def on_entry_row_removed(self, event: EntryRow.Removed) -> None:
        event.stop()
        self.ask_to_remove(event.row)
