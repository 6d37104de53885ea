"""§2D1.1(c): each controlled substance and its quantity, the substance chosen from the
edition's Drug Quantity Table with type-ahead.
"""

from __future__ import annotations

import re
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Select

from guidelines.quantity import UNITS

from ..evaluation import ABSENT, overlay
from ..form_values import as_dict, as_list, str_value, text_of
from .field_message import FieldMessage, field_row

#: the units offered, from the library's list (spelling variants such as "lbs" left out)
UNIT_CHOICES = [unit for unit in UNITS if unit not in ("lbs", "unit", "plant")]
_AMOUNT_AND_UNIT = re.compile(r"^\s*(.*?)\s*([A-Za-z]+)\s*$")


def split_quantity(text: str) -> tuple[str, str | None]:
    """"51 kg" -> ("51", "kg"); text whose unit is not offered stays whole: ("51 kgs", None)."""
    match = _AMOUNT_AND_UNIT.match(text)
    if match and match.group(1) and match.group(2).lower() in UNIT_CHOICES:
        return match.group(1), match.group(2).lower()
    return text, None


class DrugRow(Vertical):
    """One substance and quantity."""

    BINDINGS = [Binding("ctrl+l", "pick_substance", "Substances")]

    class Removed(Message):
        def __init__(self, row: DrugRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, raw: dict[str, Any], index: int, substances: list[str]) -> None:
        super().__init__(classes="list-row")
        self._raw = raw
        self._original = text_of(raw.get("quantity"))
        self._split = split_quantity(self._original)
        self._substances = substances
        self.index = index

    def compose(self) -> ComposeResult:
        amount, unit = self._split
        base = f"offense.drugs[{self.index}]"
        yield field_row(
            "Substance",
            Input(text_of(self._raw.get("substance")), placeholder="type, or Ctrl+L for the list",
                  suggester=SuggestFromList(self._substances, case_sensitive=False),
                  compact=True, classes="substance"),
            Button("✕", compact=True, classes="remove", tooltip="Remove this drug"))
        yield FieldMessage(f"{base}.substance", classes="substance-message")
        yield field_row(
            "Quantity",
            Input(amount, placeholder="amount", compact=True, classes="amount"),
            Select([(u, u) for u in UNIT_CHOICES], prompt="(unit)", value=unit or Select.NULL,
                   compact=True, classes="unit"))
        yield FieldMessage(f"{base}.quantity", classes="quantity-message")
        yield FieldMessage(base, classes="row-message")

    def on_mount(self) -> None:
        self.border_title = f"Drug {self.index + 1}"

    def reindex(self, index: int) -> None:
        self.index = index
        self.border_title = f"Drug {index + 1}"
        base = f"offense.drugs[{index}]"
        self.query_one(".substance-message", FieldMessage).path = f"{base}.substance"
        self.query_one(".quantity-message", FieldMessage).path = f"{base}.quantity"
        self.query_one(".row-message", FieldMessage).path = base

    def set_substances(self, names: list[str]) -> None:
        self._substances = names
        self.query_one(".substance", Input).suggester = SuggestFromList(names, case_sensitive=False)

    def action_pick_substance(self) -> None:
        """Choose from the edition's list (Ctrl+L), filtered by any part of the name."""
        from ..screens.substance_picker import SubstancePicker

        field = self.query_one(".substance", Input)

        def picked(name: str | None) -> None:
            if name:
                field.value = name
                field.focus()

        self.app.push_screen(SubstancePicker(self._substances, field.value), picked)

    def data(self) -> dict[str, Any] | None:
        """The [[offense.drugs]] entry; None for a row left empty (nothing to state)."""
        amount = self.query_one(".amount", Input).value.strip()
        unit = self.query_one(".unit", Select).value
        if (amount, None if unit is Select.NULL else unit) == self._split:
            quantity = self._original  # unchanged: keep exactly what the file said
        else:
            quantity = amount if unit is Select.NULL else f"{amount} {unit}"
        substance = self.query_one(".substance", Input).value
        if not self._raw and not amount and not substance.strip():
            return None
        return overlay(self._raw, {
            "substance": str_value(substance),
            "quantity": str_value(quantity) if amount else ABSENT,
        })

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.has_class("remove"):
            event.stop()
            self.post_message(self.Removed(self))


class DrugList(Vertical):
    """The drugs attributed to the defendant (§1B1.3 relevant conduct)."""

    class RowsChanged(Message):
        """A row was added or removed."""

    def __init__(self, offense: dict[str, Any], substances: list[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Drugs — §2D1.1(c)"
        self._rows = [as_dict(d) for d in as_list(offense.get("drugs"))] or [{}]
        self._substances = substances

    def compose(self) -> ComposeResult:
        for index, raw in enumerate(self._rows):
            yield DrugRow(raw, index, self._substances)
        yield FieldMessage("offense.drugs")
        yield Button("+ drug", compact=True, id="add-drug", tooltip="Add another drug entry")

    @property
    def rows(self) -> list[DrugRow]:
        return list(self.query_children(DrugRow))

    def data(self) -> dict[str, Any]:
        drugs = [entry for entry in (row.data() for row in self.rows) if entry is not None]
        return {"offense": {"drugs": drugs or ABSENT}}

    def set_substances(self, names: list[str]) -> None:
        if names == self._substances:
            return
        self._substances = names
        for row in self.rows:
            row.set_substances(names)

    async def add_row(self) -> DrugRow:
        row = DrugRow({}, len(self.rows), self._substances)
        await self.mount(row, before=self.query_children(FieldMessage).first())
        row.query_one(".substance", Input).focus()
        self.post_message(self.RowsChanged())
        return row

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add-drug":
            event.stop()
            await self.add_row()

    async def on_drug_row_removed(self, event: DrugRow.Removed) -> None:
        event.stop()
        await event.row.remove()
        for index, row in enumerate(self.rows):
            row.reindex(index)
        self.post_message(self.RowsChanged())
