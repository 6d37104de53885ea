"""Departures in offense levels, each placed after the stage the court named, with the
court's reason (Ch.5 Pt.K).
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.suggester import SuggestFromList
from textual.widgets import Select

from ussg.guidelines.api import Stage

from ..evaluation import ABSENT, overlay
from ..form_values import int_value, str_value, text_of
from .entry_list import EntryList, EntryRow
from .field_input import FieldInput
from .field_message import FieldMessage, field_row
from .lazy_select import LazySelect

STAGE_CHOICES = [
    ("base offense level", Stage.base_offense_level.value),
    ("Chapter Two", Stage.chapter_two.value),
    ("Chapter Three", Stage.chapter_three.value),
    ("total (from)", Stage.total.value),
]
TO_LEVEL, BY_LEVELS = "to_level", "levels"
KIND_CHOICES = [("to level", TO_LEVEL), ("by ± levels", BY_LEVELS)]
DIRECTIONS = [("downward", "downward"), ("upward", "upward")]


class DepartureRow(EntryRow):
    """One departure: where, how much, and why (and, with several counts, from which)."""

    NOUN = "Departure"

    def __init__(self, raw: dict[str, Any], index: int, list_path: str,
                 counts: list[str] | None) -> None:
        super().__init__(raw, index, list_path)
        self._kind = BY_LEVELS if "levels" in raw and "to_level" not in raw else TO_LEVEL
        after = raw.get("after")
        self._stages = list(STAGE_CHOICES)
        if after is not None and after not in {v for _, v in STAGE_CHOICES}:
            self._stages.append((f"{text_of(after)} (as written)", text_of(after)))
        self._counts = counts
        direction = raw.get("direction")
        self._directions = list(DIRECTIONS)
        if direction is not None and direction not in {v for _, v in DIRECTIONS}:
            self._directions.append((f"{text_of(direction)} (as written)", text_of(direction)))

    def compose(self) -> ComposeResult:
        raw, base = self.raw, self.entry_path
        after = raw.get("after")
        self._after: Select[str] = LazySelect(
            self._stages, prompt="stage", compact=True, classes="after",
            value=text_of(after) if after is not None else Select.NULL)
        self._amount = FieldInput(text_of(raw.get(self._kind)), placeholder="38", compact=True,
                                  classes="amount")
        self._reason = FieldInput(text_of(raw.get("reason")), compact=True, classes="reason",
                                  placeholder="the court's reason (required)")
        self._section = FieldInput(text_of(raw.get("section")), placeholder="§5K2.0 (optional)",
                                   compact=True, classes="section")
        self._count = FieldInput(text_of(raw.get("count")), placeholder="the count departed from",
                                 suggester=SuggestFromList(self._counts or [],
                                                           case_sensitive=False),
                                 compact=True, classes="count")
        yield field_row("After", self._after, self.remove_button())
        yield FieldMessage(f"{base}.after", classes="after-message")
        yield field_row(
            "Depart",
            LazySelect(KIND_CHOICES, value=self._kind, allow_blank=False, compact=True,
                       classes="kind"),
            self._amount)
        yield FieldMessage(f"{base}.{self._kind}", classes="amount-message")
        yield field_row("Reason", self._reason)
        yield FieldMessage(f"{base}.reason", classes="reason-message")
        yield field_row("Section", self._section)
        yield FieldMessage(f"{base}.section", classes="section-message")
        direction = raw.get("direction")  # after the reason: Tab from the amount goes there
        self._direction: Select[str] = LazySelect(
            self._directions, prompt="(as the level says)", compact=True, classes="direction",
            value=text_of(direction) if direction is not None else Select.NULL)
        yield field_row("Direction", self._direction)
        yield FieldMessage(f"{base}.direction", classes="direction-message")
        yield field_row("Count", self._count, classes="count-row")
        yield FieldMessage(f"{base}.count", classes="count-message")
        yield FieldMessage(base, classes="row-message")

    def on_mount(self) -> None:
        super().on_mount()
        self._show_count_field()

    def set_counts(self, names: list[str] | None) -> None:
        """The counts' names (None: one count, whose departures name none)."""
        if names == self._counts:
            return
        self._counts = names
        self._count.suggester = SuggestFromList(names or [], case_sensitive=False)
        self._show_count_field()

    def _show_count_field(self) -> None:
        """Shown with several counts, or while it holds a value (to see the error)."""
        stated = bool(self._count.value.strip())
        self.query_one(".count-row").display = self._counts is not None or stated

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.has_class("kind") and event.value in (TO_LEVEL, BY_LEVELS):
            self._kind = str(event.value)
            self.query_one(".amount-message", FieldMessage).path = (
                f"{self.entry_path}.{self._kind}")

    def values(self) -> dict[str, Any]:
        after = self._after.value
        amount = int_value(self._amount.value)
        other = BY_LEVELS if self._kind == TO_LEVEL else TO_LEVEL
        return overlay(self.raw, {
            "after": ABSENT if after is Select.NULL else after,
            self._kind: amount,
            other: ABSENT,
            "direction": ABSENT if self._direction.value is Select.NULL
            else self._direction.value,
            "reason": str_value(self._reason.value),
            "section": str_value(self._section.value),
            "count": str_value(self._count.value),
        })

    def summary(self) -> str:
        values = self.values()
        amount = values.get("to_level", values.get("levels"))
        words = [f"after {values['after']}" if "after" in values else "",
                 f"{'to' if 'to_level' in values else 'by'} {amount}" if amount else "",
                 str(values.get("reason", ""))[:30]]
        return ", ".join(word for word in words if word)


class DepartureList(EntryList):
    """The departures the court made, in the order given."""

    NOUN = "departure"
    ADD_LABEL = "+ departure"
    ADD_ID = "add-departure"

    def __init__(self, departures: Any, **kwargs) -> None:
        super().__init__("departures", departures, **kwargs)
        self.border_title = "Departures — Ch.5 Pt.K"
        self._counts: list[str] | None = None

    def make_row(self, raw: dict[str, Any], index: int) -> EntryRow:
        return DepartureRow(raw, index, self.path, self._counts)

    def set_counts(self, names: list[str] | None) -> None:
        self._counts = names
        for row in self.rows:
            row.set_counts(names)  # type: ignore[attr-defined]

    def data(self) -> dict[str, Any]:
        return self.patch("departures")
