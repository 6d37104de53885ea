"""The checklist trail: every specific offense characteristic and adjustment the edition
offers, each marked applied, not applicable or flagged for review, with a note — so the
skipped ones show. Saved with the case as [[checklist]].
"""

from __future__ import annotations

import asyncio
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Input, Select, Static

from ussg.guidelines.api import Case, ChecklistStatus
from ussg.guidelines.api import ITEMS, OfferedItem, checklist_items, guidelines_of
from ussg.guidelines.api import Computation, Step
from ussg.guidelines.api import load_table

from ..evaluation import ABSENT, overlay
from ..form_values import str_value, text_of
from .field_input import FieldInput
from .field_message import FieldMessage
from .lazy_select import LazySelect

STATUS_CHOICES = [("applied", ChecklistStatus.applied.value),
                  ("not applicable", ChecklistStatus.not_applicable.value),
                  ("review", ChecklistStatus.review.value)]


class ChecklistRow(Vertical):
    """One guideline of the edition and the user's mark on it."""

    class Marked(Message):
        def __init__(self, row: ChecklistRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, item: OfferedItem, raw: dict[str, Any], offered: bool) -> None:
        super().__init__(classes="checklist-row")
        self.item = item
        self.raw = raw
        self.offered = offered
        self._chain_text = ""
        status = raw.get("status")
        self._choices = list(STATUS_CHOICES)
        if status is not None and status not in {v for _, v in STATUS_CHOICES}:
            self._choices.append((f"{text_of(status)} (as written)", text_of(status)))

    def compose(self) -> ComposeResult:
        item = self.item
        title = Text.assemble((item.section, "bold"), " ", item.title)
        if not self.offered:
            title.append(" (not in this edition)", style="italic")
        yield Static(title, classes="item-title")
        status = self.raw.get("status")
        yield Horizontal(
            LazySelect(self._choices, prompt="(not checked)", compact=True, classes="status",
                       value=text_of(status) if status is not None else Select.NULL),
            FieldInput(text_of(self.raw.get("note")), placeholder="note (optional)",
                       compact=True, classes="note"),
            classes="checklist-marks")
        yield Static("", classes="in-chain")
        yield FieldMessage("checklist[?]")

    def entry(self) -> dict[str, Any] | None:
        """The [[checklist]] entry, or None if the item is neither marked nor noted."""
        status = self.query_one(".status", Select).value
        note = self.query_one(".note", Input).value
        if status is Select.NULL and not note.strip():
            return None
        return overlay(self.raw, {"item": self.item.item,
                                  "status": ABSENT if status is Select.NULL else status,
                                  "note": str_value(note)})

    def show_chain(self, computation: Computation | None) -> None:
        """Whether the computation applied this guideline, and whether that matches the mark."""
        line = self.query_one(".in-chain", Static)
        if computation is None:
            self._chain_text = ""
            line.update("")
            return
        steps = steps_of(computation, self.item.section)
        status = self.query_one(".status", Select).value
        if steps:
            text = "in the chain: " + ", ".join(f"{s.section} {s.change}" for s in steps)
        else:
            text = "not in the chain"
        mismatch = does_not_match(status, steps)
        self.set_class(mismatch, "-mismatch")
        if mismatch:
            text += f" — {MISMATCH}"
        if text != self._chain_text:
            self._chain_text = text
            line.update(Text(text))

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.post_message(self.Marked(self))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Marked(self))


class ChecklistView(VerticalScroll):
    """The trail for the edition in force; marks on items it does not offer are kept."""

    class Changed(Message):
        """A mark or note changed."""

    class RowsLaidOut(Message):
        """The rows of another edition were laid out (their messages are new)."""

    def __init__(self, entries: Any, **kwargs) -> None:
        super().__init__(**kwargs)
        self._entries: dict[str, dict[str, Any]] = {}
        self._extra_raw: list[Any] = []  # entries that are not tables (kept for the error)
        for raw in entries if isinstance(entries, list) else []:
            if isinstance(raw, dict) and isinstance(raw.get("item"), str):
                self._entries.setdefault(raw["item"], raw)
            else:
                self._extra_raw.append(raw)
        self._offered: list[OfferedItem] = []
        self._computation: Computation | None = None
        self._stale = False
        self._rows_stale = False  # rows are laid out when the tab is shown
        self._laying_out = asyncio.Lock()  # one layout at a time: the screen's or on_show's

    def compose(self) -> ComposeResult:
        yield Static("Mark each guideline the edition offers: applied, not applicable, or "
                     "review. Unmarked ones print as \"not checked\" on the worksheet.",
                     classes="hint")
        offered = {item.item for item in self._offered}
        for item in self._offered:
            yield ChecklistRow(item, self._entries.get(item.item, {}), True)
        for key, raw in self._entries.items():
            if key not in offered:
                yield ChecklistRow(_unoffered(key), raw, False)
        yield FieldMessage("checklist")

    @property
    def rows(self) -> list[ChecklistRow]:
        return list(self.query_children(ChecklistRow))

    async def set_offered(self, items: list[OfferedItem]) -> None:
        """Show the items of another edition, keeping every mark made (laid out now if the
        tab is showing, else when it is next shown: hundreds of widgets nobody sees)."""
        if items == self._offered:
            return
        self._offered = items
        self._rows_stale = True
        if self.is_on_screen:
            await self._lay_out_rows()

    async def _lay_out_rows(self) -> None:
        """The rows of the edition offered now (the latest asked for, once: a layout asked
        for while another runs finds the rows up to date). The cursor stays on the item it
        was on, never on a row taken away."""
        async with self._laying_out:
            if not self._rows_stale:
                return
            self._rows_stale = False
            focused = self.screen.focused
            place = None
            for row in self.rows:
                if focused is not None and (focused is row or row in focused.ancestors):
                    place = (row.item.item, "note" if focused.has_class("note") else "status")
            await self.recompose()
            self.show_computation(self._computation)
            self.post_message(self.RowsLaidOut())
            if place is not None:
                row = next((r for r in self.rows if r.item.item == place[0]), None)
                (row.query_one(f".{place[1]}") if row else self).focus()

    def data(self) -> dict[str, Any]:
        entries = [entry for entry in self._entries.values() if entry is not None]
        by_item = {row.item.item: row for row in self.rows}
        for index, entry in enumerate(entries):
            row = by_item.get(entry.get("item"))
            if row is not None:
                row.query_one(FieldMessage).path = f"checklist[{index}]"
        return {"checklist": entries + self._extra_raw}

    def show_computation(self, computation: Computation | None) -> None:
        """Mark each row in or out of the chain (now if visible, else when next shown)."""
        self._computation = computation
        self._stale = not self.is_on_screen
        if not self._stale:
            for row in self.rows:
                row.show_chain(computation)

    async def on_show(self) -> None:
        if self._rows_stale:
            await self._lay_out_rows()
        elif self._stale:
            self.show_computation(self._computation)

    def on_checklist_row_marked(self, event: ChecklistRow.Marked) -> None:
        event.stop()
        entry = event.row.entry()
        key = event.row.item.item
        if entry is None:
            self._entries.pop(key, None)
        else:
            self._entries[key] = entry
        event.row.show_chain(self._computation)
        self.post_message(self.Changed())


MISMATCH = "does not match the mark"


def steps_of(computation: Computation, section: str) -> list[Step]:
    """The steps of the chain under ``section`` ("§3B1.1": §3B1.1(a) too)."""
    return [s for s in computation.steps
            if s.section == section or s.section.startswith(section + "(")]


def does_not_match(status: Any, steps: list[Step]) -> bool:
    """A mark the chain contradicts: "applied" with no step of the guideline in the chain,
    or "not applicable" with one."""
    return (status == "applied" and not steps) or (status == "not_applicable" and bool(steps))


def mark_warnings(computation: Computation, case: Case | None) -> list[str]:
    """For an export: each checklist mark the chain contradicts, as the Checklist tab flags
    it ("§2D1.1(b)(2) Import or export by aircraft … marked applied, not in the chain: does
    not match the mark")."""
    if case is None:
        return []
    offered = {item.item: item for item in checklist_items(computation.manual_in_force,
                                                           guidelines_of(case))}
    warnings = []
    for entry in case.checklist:
        item = offered.get(entry.item) or _unoffered(entry.item)
        steps = steps_of(computation, item.section)
        if does_not_match(entry.status.value, steps):
            chain = "in the chain" if steps else "not in the chain"
            warnings.append(f"checklist: {item.section} {item.title} marked "
                            f"{entry.status.value.replace('_', ' ')}, {chain}: {MISMATCH}")
    return warnings


def _unoffered(key: str) -> OfferedItem:
    """A marked item the edition does not offer (or an unknown key, shown as written)."""
    if key in ITEMS:
        table_name, chapter = ITEMS[key]
        table = load_table(table_name)
        return OfferedItem(key, chapter, table.section, table.title, "")
    return OfferedItem(key, "", key, "(unknown checklist item)", "")
