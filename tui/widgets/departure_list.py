"""Departures in offense levels, each placed after the stage the court named, with the
court's reason (Ch.5 Pt.K).
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Button, Input, Select

from guidelines.case import Stage

from ..evaluation import ABSENT, overlay
from ..form_values import as_list, int_value, str_value, text_of
from .field_message import FieldMessage, field_row

STAGE_CHOICES = [
    ("base offense level", Stage.base_offense_level.value),
    ("Chapter Two", Stage.chapter_two.value),
    ("Chapter Three", Stage.chapter_three.value),
    ("total (from)", Stage.total.value),
]
TO_LEVEL, BY_LEVELS = "to_level", "levels"
KIND_CHOICES = [("to level", TO_LEVEL), ("by ± levels", BY_LEVELS)]


class DepartureRow(Vertical):
    """One departure: where, how much, and why."""

    class Removed(Message):
        def __init__(self, row: DepartureRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, raw: dict[str, Any], index: int) -> None:
        super().__init__(classes="list-row")
        self._raw = raw
        self.index = index
        self._kind = BY_LEVELS if "levels" in raw and "to_level" not in raw else TO_LEVEL
        after = raw.get("after")
        self._stages = list(STAGE_CHOICES)
        if after is not None and after not in {v for _, v in STAGE_CHOICES}:
            self._stages.append((f"{text_of(after)} (as written)", text_of(after)))

    def compose(self) -> ComposeResult:
        raw, base = self._raw, f"departures[{self.index}]"
        after = raw.get("after")
        yield field_row(
            "After",
            Select(self._stages, prompt="stage", compact=True, classes="after",
                   value=text_of(after) if after is not None else Select.NULL),
            Button("✕", compact=True, classes="remove", tooltip="Remove this departure"))
        yield FieldMessage(f"{base}.after", classes="after-message")
        yield field_row(
            "Depart",
            Select(KIND_CHOICES, value=self._kind, allow_blank=False, compact=True,
                   classes="kind"),
            Input(text_of(raw.get(self._kind)), placeholder="38", compact=True,
                  classes="amount"))
        yield FieldMessage(f"{base}.{self._kind}", classes="amount-message")
        yield field_row(
            "Reason",
            Input(text_of(raw.get("reason")), placeholder="the court's reason (required)",
                  compact=True, classes="reason"))
        yield FieldMessage(f"{base}.reason", classes="reason-message")
        yield field_row(
            "Section",
            Input(text_of(raw.get("section")), placeholder="§5K2.0 (optional)", compact=True,
                  classes="section"))
        yield FieldMessage(f"{base}.section", classes="section-message")
        yield FieldMessage(base, classes="row-message")

    def reindex(self, index: int) -> None:
        self.index = index
        base = f"departures[{index}]"
        for name in ("after", "reason", "section"):
            self.query_one(f".{name}-message", FieldMessage).path = f"{base}.{name}"
        self.query_one(".amount-message", FieldMessage).path = f"{base}.{self._kind}"
        self.query_one(".row-message", FieldMessage).path = base

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.has_class("kind") and event.value in (TO_LEVEL, BY_LEVELS):
            self._kind = str(event.value)
            self.reindex(self.index)

    def data(self) -> dict[str, Any]:
        after = self.query_one(".after", Select).value
        amount = int_value(self.query_one(".amount", Input).value)
        other = BY_LEVELS if self._kind == TO_LEVEL else TO_LEVEL
        return overlay(self._raw, {
            "after": ABSENT if after is Select.NULL else after,
            self._kind: amount,
            other: ABSENT,
            "reason": str_value(self.query_one(".reason", Input).value),
            "section": str_value(self.query_one(".section", Input).value),
        })

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.has_class("remove"):
            event.stop()
            self.post_message(self.Removed(self))


class DepartureList(Vertical):
    """The departures the court made, in the order given."""

    class RowsChanged(Message):
        """A row was added or removed."""

    def __init__(self, departures: Any, **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Departures — Ch.5 Pt.K"
        self._rows = [d if isinstance(d, dict) else {} for d in as_list(departures)]

    def compose(self) -> ComposeResult:
        for index, raw in enumerate(self._rows):
            yield DepartureRow(raw, index)
        yield FieldMessage("departures")
        yield Button("+ departure", compact=True, id="add-departure",
                     tooltip="Add a departure")

    @property
    def rows(self) -> list[DepartureRow]:
        return list(self.query_children(DepartureRow))

    def data(self) -> dict[str, Any]:
        return {"departures": [row.data() for row in self.rows]}

    async def add_row(self) -> DepartureRow:
        row = DepartureRow({}, len(self.rows))
        await self.mount(row, before=self.query_children(FieldMessage).first())
        row.query_one(".after", Select).focus()
        self.post_message(self.RowsChanged())
        return row

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add-departure":
            event.stop()
            await self.add_row()

    async def on_departure_row_removed(self, event: DepartureRow.Removed) -> None:
        event.stop()
        await event.row.remove()
        for index, row in enumerate(self.rows):
            row.reindex(index)
        self.post_message(self.RowsChanged())
